package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.kernel.Localizable;

/** The order of the search's results, by name (family name first) or by reference: {@link SearchMessages#order}. */
public enum SearchOrder implements Localizable {
    NAME, REFERENCE;

    @Override
    public String text(String lang) {
        return Localizable.bundle(SearchMessages.class, lang).order(this);
    }
}
