package fr.univlorraine.ieps.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the reviewers' pages and of the heads' assignment page, as {rev:key}.
 * Files: messages/rev_fr.properties (default) and messages/rev_en.properties.
 */
@MessageBundle(value = "rev", locale = "fr")
public interface ReviewMessages {

    @Message
    String queue_title();

    @Message
    String queue_lead();

    @Message
    String queue_empty();

    @Message
    String queue_progress(long submitted, int total);

    @Message
    String queue_caption();

    @Message
    String col_reference();

    @Message
    String col_track();

    @Message
    String col_state();

    @Message
    String col_action();

    @Message
    String open_review(String reference);

    @Message
    String open_submitted(String reference);

    @Message
    String not_member();

    @Message
    String review_status_ASSIGNED();

    @Message
    String review_status_DRAFT();

    @Message
    String review_status_SUBMITTED();

    @Message
    String review_status_CONFLICT();

    @Message
    String recommendation_ADMIT();

    @Message
    String recommendation_WAITLIST();

    @Message
    String recommendation_REJECT();

    @Message
    String dossier_title(String reference);

    @Message
    String back_to_queue();

    @Message
    String candidate();

    @Message
    String my_review();

    @Message
    String blind_notice();

    @Message
    String dossier_heading();

    @Message
    String none();

    @Message
    String pieces_heading();

    @Message
    String pdf_link();

    @Message
    String review_heading();

    @Message
    String form_lead();

    @Message
    String weight(int weight);

    @Message
    String comment_hint();

    @Message
    String save_draft();

    @Message
    String submit();

    @Message
    String submit_hint();

    @Message
    String submitted_on(String date, String score);

    @Message
    String level_value(int level);

    @Message
    String score_value(String score);

    @Message
    String others_heading();

    @Message
    String others_hidden();

    @Message
    String others_none();

    @Message
    String conflict_heading();

    @Message
    String conflict_lead();

    @Message
    String conflict_reason();

    @Message
    String conflict_button();

    @Message
    String conflict_confirm();

    @Message
    String no_pieces();
}
