package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the outcomes page: {@link PlatformMessages#label}. */
public enum OutcomeField implements Localizable {
    outcome, outcomes;

    @Override
    public String text(String lang) {
        return Localizable.bundle(PlatformMessages.class, lang).label(this);
    }
}
