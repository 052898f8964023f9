package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The fields of the minutes form: {@link RankingMessages#label}. */
public enum MinutesField implements Localizable {
    heldOn, memberId, otherAttendees;

    @Override
    public String text(String lang) {
        return MessageBundles.get(RankingMessages.class, Localized.Literal.of(lang)).label(this);
    }
}
