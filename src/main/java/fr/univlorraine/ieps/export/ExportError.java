package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with a choice of columns or a preset: {@link ExportMessages#error}. */
public enum ExportError implements Localizable {
    NO_COLUMN, UNKNOWN_LEVEL, UNKNOWN_FORMAT, UNKNOWN_PRESET;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ExportMessages.class, lang).error(this);
    }
}
