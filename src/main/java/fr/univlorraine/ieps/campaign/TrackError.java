package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with the track settings: {@link CampaignMessages#error}. */
public enum TrackError implements Localizable {
    CAPACITY, CAPACITY_BELOW_TAKEN, DATETIME, CLOSES_BEFORE_OPENS, REVIEW_BEFORE_CLOSING, PUBLICATION_BEFORE_REVIEW,
    RESPONSE_DAYS, REMINDER_DAYS, WAITLIST_SIZE, PLATFORM_CLOSES_BEFORE_OPENS, PLATFORM_ROUTE, STALE;

    @Override
    public String text(String lang) {
        return Localizable.bundle(CampaignMessages.class, lang).error(this);
    }
}
