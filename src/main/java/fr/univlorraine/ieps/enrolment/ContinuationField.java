package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of a continuation's row on the secretariat's list: {@link ContinuationMessages#label}. */
public enum ContinuationField implements Localizable {
    note, state;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ContinuationMessages.class, lang).label(this);
    }
}
