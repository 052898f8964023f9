package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the search form, named as in its URL: {@link SearchMessages#label}. */
public enum SearchField implements Localizable {
    q, niveau, voie, statut, pieces, decision, publication, etiquette, tri;

    @Override
    public String text(String lang) {
        return Localizable.bundle(SearchMessages.class, lang).label(this);
    }
}
