package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.kernel.Localizable;

/** The heads' decision the search filters on, or none prepared yet: {@link SearchMessages#decision}. */
public enum DecisionFilter implements Localizable {
    NONE, ADMIT, WAITLIST, REJECT;

    @Override
    public String text(String lang) {
        return Localizable.bundle(SearchMessages.class, lang).decision(this);
    }
}
