package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the retention rules' page, in its order: {@link RetentionMessages#field}. */
public enum RetentionField implements Localizable {
    draftDays, notAdmittedMonths, withdrawnMonths, enrolledDays;

    @Override
    public String text(String lang) {
        return Localizable.bundle(RetentionMessages.class, lang).field(this);
    }
}
