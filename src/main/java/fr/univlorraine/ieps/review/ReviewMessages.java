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

    @Message
    String assign_title(String level);

    @Message
    String back_to_dashboard();

    @Message
    String assign_lead(int count);

    @Message
    String open_title();

    @Message
    String open_text(long count);

    @Message
    String open_button(long count);

    @Message
    String auto_title();

    @Message
    String auto_text();

    @Message
    String auto_button();

    @Message
    String dossiers_heading(int count);

    @Message
    String dossiers_caption();

    @Message
    String no_dossier_under_review();

    @Message
    String col_themes();

    @Message
    String col_reviewers();

    @Message
    String col_add();

    @Message
    String missing_reviewers(int count);

    @Message
    String conflict_reason_shown(String reason);

    @Message
    String remove_button(String name);

    @Message
    String add_label(String reference);

    @Message
    String add_button();

    @Message
    String match_legend();

    @Message
    String loads_heading();

    @Message
    String loads_caption();

    @Message
    String col_member();

    @Message
    String col_load();

    @Message
    String col_account();

    @Message
    String full();

    @Message
    String account_linked();

    @Message
    String account_not_linked();
}
