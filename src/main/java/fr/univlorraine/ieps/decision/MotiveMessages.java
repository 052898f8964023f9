package fr.univlorraine.ieps.decision;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of refusal motives, requests for detailed motives and decision letters, as {mot:key}.
 * Files: messages/mot_fr.properties (default) and messages/mot_en.properties.
 */
@MessageBundle(value = "mot", locale = "fr")
public interface MotiveMessages {

    String nav_admin_motives();

    String nav_requests();

    String admin_title();

    String admin_lead();

    String admin_add();

    String admin_caption();

    String admin_col_position();

    String admin_col_label_fr();

    String admin_col_label_en();

    String admin_col_state();

    String admin_col_used();

    String admin_col_actions();

    String admin_active();

    String admin_retired();

    String admin_published_lock();

    String admin_edit();

    String admin_edit_label(Integer position);

    String admin_up();

    String admin_up_label(Integer position);

    String admin_down();

    String admin_down_label(Integer position);

    String admin_retire();

    String admin_retire_label(Integer position);

    String admin_reactivate();

    String admin_reactivate_label(Integer position);

    String admin_delete();

    String admin_delete_label(Integer position);

    String admin_delete_confirm();

    String refused_in_use(Integer count);

    String motive_new_title();

    String motive_edit_title(Integer position);

    String motive_back();

    String motive_hint();

    String motive_used_drafts(Integer count);

    String motive_save();

    String motive_add();

    String motives_title();

    String motives_intro();

    String motives_button();

    String motives_requested(String requested, String due);

    String motives_answered(String date);

    String motives_flash_requested(String due);

    String request_refused_title();

    String request_already(String requested, String due);

    String request_back();

    String queue_title();

    String queue_lead();

    String queue_pending(Integer count);

    String queue_answered(Integer count);

    String queue_none_pending();

    String queue_none_answered();

    String queue_caption_pending();

    String queue_caption_answered();

    String col_reference();

    String col_candidate();

    String col_track();

    String col_motive();

    String col_requested();

    String col_due();

    String col_answered();

    String col_answered_by();

    String overdue();

    String overdue_days(Integer days);

    String due_today();

    String days_left(Integer days);

    String answer_open_label(String reference);

    String answer_view_label(String reference);

    String answer_open();

    String answer_view();

    String answer_title(String reference);

    String answer_back();

    String answer_candidate();

    String answer_track();

    String answer_decision();

    String answer_motive();

    String answer_motive_text();

    String answer_none();

    String answer_requested();

    String answer_due();

    String answer_form_title();

    String answer_form_hint();

    String answer_submit();

    String answer_confirm();

    String answer_sent_title();

    String answer_sent_by(String date, String name);

    String answer_flash();

    String letter_unavailable_title();

    String letter_other_status(String status);

    String letter_back();

    String pdf_admission_title();

    String pdf_refusal_title();

    String pdf_candidate();

    String pdf_reference();

    String pdf_track();

    String pdf_campaign();

    String pdf_decision_date();

    String pdf_deadline();

    String pdf_admission_body(String level, String campaign);

    String pdf_admitted_pending(String deadline);

    String pdf_accepted();

    String pdf_enrolled();

    String pdf_salutation();

    String pdf_refusal_body(String level, String campaign);

    String pdf_motive();

    String pdf_motive_text();

    String pdf_rights();

    String pdf_appeal_title();

    String pdf_place_date(String date);

    String pdf_signature();

    String pdf_footer(String reference);

    String pdf_at_time(String date, String time);

    String answer_already(String date, String name);

    /** The label of a field of the motive pages: keys label_<field>. */
    @Message
    String label(MotiveField field);

    /** The confirmation after a redirect (?ok=...): keys flash_<constant>. */
    @Message
    String flash(MotiveFlash flash);

    /** Why an action was refused: keys refusal_$<CONSTANT>. */
    @Message
    String refusal(MotiveRefusal refusal);

    String appeal_admin_title();

    String appeal_admin_lead();

    String appeal_edit(String level);

    String appeal_edit_title(String level);

    String appeal_edit_hint();

    String appeal_back();

    String appeal_save();

    String appeal_stale();

    String appeal_motives_link();

    String appeal_nav();

    /** The label of a field of the appeal routes' page: keys appeal_label_<field>. */
    @Message
    String appeal_label(AppealField field);

    /** The confirmation of the appeal routes' page: keys appeal_flash_<constant>. */
    @Message
    String appeal_flash(AppealFlash flash);
}
