package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmation of the board: {@link RankingMessages#flash}. */
public enum RankingFlash implements Localizable {
    rank_moved;

    @Override
    public String text(String lang) {
        return Localizable.bundle(RankingMessages.class, lang).flash(this);
    }
}
