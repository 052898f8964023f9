package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmation of the outcomes page: {@link PlatformMessages#flash}. */
public enum OutcomeFlash implements Localizable {
    outcomes_saved;

    @Override
    public String text(String lang) {
        return Localizable.bundle(PlatformMessages.class, lang).flash(this);
    }
}
