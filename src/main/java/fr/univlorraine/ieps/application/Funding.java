package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** For continuing education: who pays for the training ({@link ApplicationMessages#funding}). */
public enum Funding implements Localizable {
    EMPLOYER, CPF, TRANSITIONS_PRO, PERSONAL, OTHER;

    /** Whether the candidate says in a few words what it is. */
    public boolean needsDetail() {
        return this == OTHER;
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(ApplicationMessages.class, lang).funding(this);
    }
}
