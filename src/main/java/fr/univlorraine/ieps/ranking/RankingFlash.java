package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The confirmation of the board: {@link RankingMessages#flash}. */
public enum RankingFlash implements Localizable {
    rank_moved;

    @Override
    public String text(String lang) {
        return MessageBundles.get(RankingMessages.class, Localized.Literal.of(lang)).flash(this);
    }
}
