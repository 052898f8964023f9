package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The fields of the track settings: the id of each on the page is its name, its label {@link CampaignMessages#label}. */
public enum TrackField implements Localizable {
    capacity, opensAt, closesAt, reviewDeadline, decisionsPublishedAt, offerResponseDays,
    reminderDaysBefore, waitlistSize, version;

    @Override
    public String text(String lang) {
        return MessageBundles.get(CampaignMessages.class, Localized.Literal.of(lang)).label(this);
    }
}
