package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.kernel.Localizable;

/** Why a change of a continuation was refused: {@link ContinuationMessages#error}. */
public enum ContinuationError implements Localizable {
    /** Back from leaving, but every M2 place is taken meanwhile. */
    NO_PLACE_LEFT,
    /** The secretariat recorded that the student is leaving: only they can change it. */
    LEAVING,
    /** A state the page does not offer (a forged form). */
    UNKNOWN_STATE;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ContinuationMessages.class, lang).error(this);
    }
}
