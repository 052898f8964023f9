package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.kernel.Localizable;

/**
 * A column named in a request that the list does not offer (a name no column has, or one of another list): the
 * message names it, shortened, so that whoever built the link sees which one.
 */
public record UnknownColumn(String name, ExportList list) implements Localizable {

    static final int SHOWN = 40;

    public UnknownColumn {
        name = name == null ? "" : name.length() > SHOWN ? name.substring(0, SHOWN) + "…" : name;
    }

    @Override
    public String text(String lang) {
        ExportMessages exp = Localizable.bundle(ExportMessages.class, lang);
        return exp.error_unknown_column(name, exp.list(list));
    }

    @Override
    public String code() {
        return "UNKNOWN_COLUMN";
    }
}
