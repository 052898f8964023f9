package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/**
 * What became of an imported dossier on the national platform, as the head records it: the platform, not this app,
 * makes and publishes the decisions of its candidates. An accepted offer takes one of the track's places.
 */
public enum PlatformOutcome implements Localizable {
    /** Offered a place, answer awaited. */
    ADMITTED,
    /** Took the place: counts in the track's places. */
    ACCEPTED,
    /** Turned the offer down or let it expire. */
    DECLINED,
    WAITLISTED,
    REFUSED;

    public boolean takesAPlace() {
        return this == ACCEPTED;
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(ApplicationMessages.class, lang).platformOutcome(this);
    }
}
