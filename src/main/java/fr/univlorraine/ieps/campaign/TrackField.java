package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the track settings: the id of each on the page is its name, its label {@link CampaignMessages#label}. */
public enum TrackField implements Localizable {
    capacity, opensAt, closesAt, reviewDeadline, decisionsPublishedAt, offerResponseDays,
    reminderDaysBefore, waitlistSize, platformRoutes, platformOpensAt, platformClosesAt, version;

    @Override
    public String text(String lang) {
        return Localizable.bundle(CampaignMessages.class, lang).label(this);
    }
}
