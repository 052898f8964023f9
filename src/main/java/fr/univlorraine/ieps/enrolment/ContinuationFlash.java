package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.kernel.Localizable;

/** What the list of continuations says after a change: {@link ContinuationMessages#flash}. */
public enum ContinuationFlash implements Localizable {
    state_saved;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ContinuationMessages.class, lang).flash(this);
    }
}
