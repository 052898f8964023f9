package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.kernel.Localizable;

/** Whether the decision the search filters on is published (the candidate reads it) or only prepared: {@link SearchMessages#publication}. */
public enum Publication implements Localizable {
    PUBLISHED, PREPARED;

    @Override
    public String text(String lang) {
        return Localizable.bundle(SearchMessages.class, lang).publication(this);
    }
}
