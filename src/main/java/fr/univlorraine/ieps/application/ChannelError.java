package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is refused about where candidates apply, and what is wrong with a local recruitment: {@link ChannelMessages#error}. */
public enum ChannelError implements Localizable {
    /** The route's candidates apply on the national platform, not here. */
    ON_PLATFORM,
    PLACES, PLACES_LEFT, DATETIME, CLOSES_BEFORE_OPENS, ROUTES, NOT_OPEN, STALE;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ChannelMessages.class, lang).error(this);
    }
}
