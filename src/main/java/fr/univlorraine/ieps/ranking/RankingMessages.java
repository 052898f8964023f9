package fr.univlorraine.ieps.ranking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the ranking board and its log, as {rank:key}.
 * Files: messages/rank_fr.properties (default) and messages/rank_en.properties.
 */
@MessageBundle(value = "rank", locale = "fr")
public interface RankingMessages {

    @Message
    String board_title();
}
