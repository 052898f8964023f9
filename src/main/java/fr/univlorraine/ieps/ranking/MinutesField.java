package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the minutes form: {@link RankingMessages#label}. */
public enum MinutesField implements Localizable {
    heldOn, memberId, otherAttendees;

    @Override
    public String text(String lang) {
        return Localizable.bundle(RankingMessages.class, lang).label(this);
    }
}
