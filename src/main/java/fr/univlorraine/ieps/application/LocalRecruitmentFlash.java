package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmation of the local recruitment page: {@link ChannelMessages#flash}. */
public enum LocalRecruitmentFlash implements Localizable {
    saved, closed;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ChannelMessages.class, lang).flash(this);
    }
}
