package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmation of the staff's preferences page: {@link StaffPreferencesMessages#flash}. */
public enum PreferencesFlash implements Localizable {
    prefs_saved;

    @Override
    public String text(String lang) {
        return Localizable.bundle(StaffPreferencesMessages.class, lang).flash(this);
    }
}
