package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with the platform's outcomes the head typed: {@link PlatformMessages#error}. */
public enum OutcomeError implements Localizable {
    UNKNOWN_OUTCOME, TOO_MANY_ACCEPTED;

    @Override
    public String text(String lang) {
        return Localizable.bundle(PlatformMessages.class, lang).error(this);
    }
}
