package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.kernel.Localizable;

/**
 * The state of a dossier's pieces the search filters on ({@link SearchMessages#pieces}): a piece refused (the
 * candidate must replace it), pieces waiting for the secretariat's check, or every piece checked (none waiting, none
 * refused).
 */
public enum PieceState implements Localizable {
    REFUSED, TO_CHECK, CHECKED;

    @Override
    public String text(String lang) {
        return Localizable.bundle(SearchMessages.class, lang).pieces(this);
    }
}
