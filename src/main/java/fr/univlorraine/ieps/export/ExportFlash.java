package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmations of the exports page: {@link ExportMessages#flash}. */
public enum ExportFlash implements Localizable {
    preset_saved, preset_deleted;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ExportMessages.class, lang).flash(this);
    }
}
