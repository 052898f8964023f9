package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmations the candidate's pages show after a redirect ({@code ?ok=created}, {@code ?ok=withdrawn}...): the
 * dossier's pages here and its status page (decision); anything else is ignored. Text: {@link ApplicationMessages#flash}. */
public enum CandidateFlash implements Localizable {
    created, saved, submitted, withdrawn, accepted, declined,
    /** Shown with the errors of a refused submission, not after a redirect. */
    keptNotSubmitted;

    /** The ones a redirect may name in {@code ?ok=}. */
    public static final java.util.Set<CandidateFlash> AFTER_REDIRECT = java.util.EnumSet.complementOf(java.util.EnumSet.of(keptNotSubmitted));

    @Override
    public String text(String lang) {
        return Localizable.bundle(ApplicationMessages.class, lang).flash(this);
    }
}
