package fr.univlorraine.ieps.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the reviewers' pages and of the heads' assignment page, as {rev:key}.
 * Files: messages/rev_fr.properties (default) and messages/rev_en.properties.
 */
@MessageBundle(value = "rev", locale = "fr")
public interface ReviewMessages {

    String queue_title();

    String queue_lead();

    String queue_empty();

    String queue_progress(long submitted, int total);

    String queue_caption();

    String col_reference();

    String col_track();

    String col_state();

    String col_action();

    String open_review(String reference);

    String open_submitted(String reference);

    String not_member();

    String dossier_title(String reference);

    String back_to_queue();

    String candidate();

    String my_review();

    String blind_notice();

    String dossier_heading();

    String none();

    String pieces_heading();

    String pdf_link();

    String review_heading();

    String form_lead();

    String weight(int weight);

    String comment_hint();

    String save_draft();

    String submit();

    String submit_hint();

    String submitted_on(String date, String score);

    String level_value(int level);

    String score_value(String score);

    String others_heading();

    String others_hidden();

    String others_none();

    String conflict_heading();

    String conflict_lead();

    String conflict_reason();

    String conflict_button();

    String conflict_confirm();

    String no_pieces();

    String assign_title(String level);

    String back_to_dashboard();

    String assign_lead(int count);

    String open_title();

    String open_text(long count);

    String open_button(long count);

    String auto_title();

    String auto_text();

    String auto_button();

    String dossiers_heading(int count);

    String dossiers_caption();

    String no_dossier_under_review();

    String col_themes();

    String col_reviewers();

    String col_add();

    String missing_reviewers(int count);

    String conflict_reason_shown(String reason);

    String remove_button(String name);

    String add_label(String reference);

    String add_button();

    String match_legend();

    String loads_heading();

    String loads_caption();

    String col_member();

    String col_load();

    String col_account();

    String full();

    String account_linked();

    String account_not_linked();

    /** Where a review stands: keys review_status_<CONSTANT>. */
    @Message
    String review_status(ReviewStatus status);

    /** A reviewer's advice: keys recommendation_<CONSTANT>. */
    @Message
    String recommendation(Recommendation recommendation);

    /** The confirmation after a redirect (?ok=...): keys flash_$<constant>. */
    @Message
    String flash(ReviewFlash flash);

    /** What is wrong with an assignment or a review: keys error_$<CONSTANT>. */
    @Message
    String error(ReviewError error);

    /** The label of a field of the review form: keys label_<field>. */
    @Message
    String label(ReviewField field);

    // Assignment: even loads, members not signed in yet, reminders

    String spread_heading();

    String spread_text(int gap, int max, int min, int readers);

    String spread_even();

    String spread_uneven();

    String spread_nobody();

    String obstacle_at_maximum(String member, int count);

    String obstacle_only_reader(String member, int count);

    String obstacle_conflicts(String member, int count);

    String obstacle_kept(String member);

    String no_option();

    String unlinked_heading(int count);

    String unlinked_text();

    String unlinked_caption();

    String unlinked_never();

    String unlinked_reminded(String date);

    String col_email();

    String col_reminder();

    String remind_button();

    String remind_label(String name);

    String col_route();

    String col_research_themes();

    String col_due();

    String no_themes();

    String overdue();

    String next_dossier();

    String queue_done();

    String submit_confirm();

    String candidate_themes();
}
