package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.decision.OfferOutcome;
import fr.univlorraine.ieps.kernel.Actor;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the staff's dossier page and of the committee's page, as {ws:key}.
 * Files: messages/ws_fr.properties (default) and messages/ws_en.properties.
 */
@MessageBundle(value = "ws", locale = "fr")
public interface WorkspaceMessages {

    String dossier_title(String reference);

    String dossier_lead();

    String label_candidate();

    String label_submitted();

    String label_mean();

    String label_themes();

    String pdf_link();

    String check_link();

    String committee_link();

    String board_link(String level);

    String answers_heading();

    String pieces_heading();

    String col_piece();

    String col_state();

    String col_file();

    String piece_missing();

    String history_heading();

    String history_by(String actor, String name);

    String decision_heading();

    String decision_none();

    String decision_draft(String who, String date);

    String decision_published(String date);

    String waitlist_rank(int rank);

    String motive_label();

    String offer_heading();

    String offer_made();

    String offer_deadline();

    String offer_open();

    String offer_closed(String date);

    String reviews_heading();

    String reviews_none();

    String reviews_own_pending();

    String reviews_no_submitted();

    String reviews_summary(String mean, String spread, int count);

    String review_of(String name);

    String review_submitted(String date);

    String review_waiting(String status);

    String conflict_reason(String reason);

    String col_criterion();

    String col_level();

    String level_of(int level, int max);

    String no_level();

    String moves_heading();

    String moves_none();

    String move_line(String who, String movement);

    String committee_title(String reference);

    String rank_of(int rank, int total, String level);

    String previous_dossier();

    String next_dossier();

    String step_label();

    String keys_hint();

    String open_full();

    String side_by_side_caption(String reference);

    String row_score();

    String row_recommendation();

    String row_comment();

    String board_mean(String mean, String spread);

    String move_heading();

    String move_hint(int total);

    /** Who moved the dossier, as staff name them: keys actor_<CONSTANT>. */
    @Message
    String actor(Actor actor);

    /** How an offer ended: keys offer_outcome_<CONSTANT>. */
    @Message
    String offer_outcome(OfferOutcome outcome);
}
