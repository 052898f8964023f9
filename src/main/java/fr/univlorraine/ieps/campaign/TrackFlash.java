package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmation of the tracks page: {@link CampaignMessages#flash}. */
public enum TrackFlash implements Localizable {
    track_saved;

    @Override
    public String text(String lang) {
        return Localizable.bundle(CampaignMessages.class, lang).flash(this);
    }
}
