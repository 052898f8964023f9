package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.kernel.Localizable;

/** What the search form refuses besides a choice that is not in its list: {@link SearchMessages#error}. */
public enum SearchError implements Localizable {
    PUBLICATION_WITHOUT_DECISION;

    @Override
    public String text(String lang) {
        return Localizable.bundle(SearchMessages.class, lang).error(this);
    }
}
