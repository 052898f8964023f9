package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** What is wrong with a move on the board or the minutes: {@link RankingMessages#error}. */
public enum RankingError implements Localizable {
    RANK_REASON_REQUIRED, RANK_OUT_OF_RANGE, BOARD_CHANGED, TIES_UNRESOLVED, MEMBERS_REQUIRED;

    @Override
    public String text(String lang) {
        return MessageBundles.get(RankingMessages.class, Localized.Literal.of(lang)).error(this);
    }
}
