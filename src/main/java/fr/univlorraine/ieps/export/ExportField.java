package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.kernel.Localizable;

/**
 * The fields of a list's column picker: {@link ExportMessages#field}. The page has one picker per list, so the id of
 * a field on the page is its name and the list's slug ({@link #id}).
 */
public enum ExportField implements Localizable {
    columns, level, presetName;

    public String id(ExportList list) {
        return name() + "-" + list.slug;
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(ExportMessages.class, lang).field(this);
    }
}
