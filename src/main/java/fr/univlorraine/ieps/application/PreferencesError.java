package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with the staff's preferences form: {@link StaffPreferencesMessages#error}. */
public enum PreferencesError implements Localizable {
    RHYTHM_INVALID, LANG_INVALID;

    @Override
    public String text(String lang) {
        return Localizable.bundle(StaffPreferencesMessages.class, lang).error(this);
    }
}
