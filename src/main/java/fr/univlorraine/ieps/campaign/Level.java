package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.kernel.Localizable;

/** The two years of the master, each recruited as its own track. */
public enum Level implements Localizable {
    M1, M2;

    /** The level ("Master 1") in this language, for text made in Java (exports, charts, printed documents). */
    @Override
    public String text(String lang) {
        return Localizable.bundle(CampaignMessages.class, lang).level(this);
    }
}
