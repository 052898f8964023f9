package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the local recruitment: the id of each on the page is its name, its label {@link ChannelMessages#label}. */
public enum LocalRecruitmentField implements Localizable {
    opensAt, closesAt, places, routes, version;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ChannelMessages.class, lang).label(this);
    }
}
