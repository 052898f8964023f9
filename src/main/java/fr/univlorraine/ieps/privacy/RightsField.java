package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the account deletion form: {@link RightsMessages#label}. */
public enum RightsField implements Localizable {
    confirm, dossiers;

    @Override
    public String text(String lang) {
        return Localizable.bundle(RightsMessages.class, lang).label(this);
    }
}
