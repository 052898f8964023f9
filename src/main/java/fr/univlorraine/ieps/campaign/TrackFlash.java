package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The confirmation of the tracks page: {@link CampaignMessages#flash}. */
public enum TrackFlash implements Localizable {
    track_saved;

    @Override
    public String text(String lang) {
        return MessageBundles.get(CampaignMessages.class, Localized.Literal.of(lang)).flash(this);
    }
}
