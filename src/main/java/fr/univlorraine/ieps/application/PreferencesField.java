package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the staff's preferences form: {@link StaffPreferencesMessages#label}. */
public enum PreferencesField implements Localizable {
    rhythm, lang;

    @Override
    public String text(String lang) {
        return Localizable.bundle(StaffPreferencesMessages.class, lang).label(this);
    }
}
