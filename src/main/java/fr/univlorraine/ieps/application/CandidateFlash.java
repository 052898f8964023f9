package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmations the candidate's pages show after a redirect ({@code ?ok=created}, {@code ?ok=withdrawn}...): the
 * dossier's pages here and its status page (decision); anything else is ignored. Text: {@link ApplicationMessages#flash}. */
public enum CandidateFlash implements Localizable {
    created, saved, submitted, withdrawn, accepted, declined;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ApplicationMessages.class, lang).flash(this);
    }
}
