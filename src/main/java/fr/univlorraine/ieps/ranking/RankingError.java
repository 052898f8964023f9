package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with a move on the board or the minutes: {@link RankingMessages#error}. */
public enum RankingError implements Localizable {
    RANK_REASON_REQUIRED, RANK_OUT_OF_RANGE, BOARD_CHANGED, TIES_UNRESOLVED, MEMBERS_REQUIRED;

    @Override
    public String text(String lang) {
        return Localizable.bundle(RankingMessages.class, lang).error(this);
    }
}
