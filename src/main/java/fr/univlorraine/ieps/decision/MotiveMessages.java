package fr.univlorraine.ieps.decision;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of refusal motives, requests for detailed motives and decision letters, as {mot:key}.
 * Files: messages/mot_fr.properties (default) and messages/mot_en.properties.
 */
@MessageBundle(value = "mot", locale = "fr")
public interface MotiveMessages {

    @Message
    String nav_admin_motives();

    @Message
    String nav_requests();

    @Message
    String admin_title();

    @Message
    String admin_lead();

    @Message
    String admin_add();

    @Message
    String admin_caption();

    @Message
    String admin_col_position();

    @Message
    String admin_col_label_fr();

    @Message
    String admin_col_label_en();

    @Message
    String admin_col_state();

    @Message
    String admin_col_used();

    @Message
    String admin_col_actions();

    @Message
    String admin_active();

    @Message
    String admin_retired();

    @Message
    String admin_published_lock();

    @Message
    String admin_edit();

    @Message
    String admin_edit_label(Integer position);

    @Message
    String admin_up();

    @Message
    String admin_up_label(Integer position);

    @Message
    String admin_down();

    @Message
    String admin_down_label(Integer position);

    @Message
    String admin_retire();

    @Message
    String admin_retire_label(Integer position);

    @Message
    String admin_reactivate();

    @Message
    String admin_reactivate_label(Integer position);

    @Message
    String admin_delete();

    @Message
    String admin_delete_label(Integer position);

    @Message
    String admin_delete_confirm();

    @Message
    String flash_added();

    @Message
    String flash_saved();

    @Message
    String flash_moved();

    @Message
    String flash_retired();

    @Message
    String flash_reactivated();

    @Message
    String flash_deleted();

    @Message
    String refused_unknown();

    @Message
    String refused_in_use(Integer count);

    @Message
    String refused_last_active();

    @Message
    String refused_stale();

    @Message
    String refused_published();

    @Message
    String motive_new_title();

    @Message
    String motive_edit_title(Integer position);

    @Message
    String motive_back();

    @Message
    String motive_hint();

    @Message
    String motive_used_drafts(Integer count);

    @Message
    String motive_save();

    @Message
    String motive_add();

    @Message
    String motives_title();

    @Message
    String motives_intro();

    @Message
    String motives_button();

    @Message
    String motives_requested(String requested, String due);

    @Message
    String motives_answered(String date);

    @Message
    String motives_flash_requested(String due);

    @Message
    String request_refused_title();

    @Message
    String request_not_rejected();

    @Message
    String request_already(String requested, String due);

    @Message
    String request_back();

    @Message
    String queue_title();

    @Message
    String queue_lead();

    @Message
    String queue_pending(Integer count);

    @Message
    String queue_answered(Integer count);

    @Message
    String queue_none_pending();

    @Message
    String queue_none_answered();

    @Message
    String queue_caption_pending();

    @Message
    String queue_caption_answered();

    @Message
    String col_reference();

    @Message
    String col_candidate();

    @Message
    String col_track();

    @Message
    String col_motive();

    @Message
    String col_requested();

    @Message
    String col_due();

    @Message
    String col_answered();

    @Message
    String col_answered_by();

    @Message
    String overdue();

    @Message
    String overdue_days(Integer days);

    @Message
    String due_today();

    @Message
    String days_left(Integer days);

    @Message
    String answer_open_label(String reference);

    @Message
    String answer_view_label(String reference);

    @Message
    String answer_open();

    @Message
    String answer_view();

    @Message
    String answer_title(String reference);

    @Message
    String answer_back();

    @Message
    String answer_candidate();

    @Message
    String answer_track();

    @Message
    String answer_decision();

    @Message
    String answer_motive();

    @Message
    String answer_motive_text();

    @Message
    String answer_none();

    @Message
    String answer_requested();

    @Message
    String answer_due();

    @Message
    String answer_form_title();

    @Message
    String answer_form_hint();

    @Message
    String answer_submit();

    @Message
    String answer_confirm();

    @Message
    String answer_sent_title();

    @Message
    String answer_sent_by(String date, String name);

    @Message
    String answer_flash();

    @Message
    String answer_already(String date, String name);

    @Message
    String letter_unavailable_title();

    @Message
    String letter_not_published();

    @Message
    String letter_waitlisted();

    @Message
    String letter_other_status(String status);

    @Message
    String letter_back();

    @Message
    String pdf_admission_title();

    @Message
    String pdf_refusal_title();

    @Message
    String pdf_candidate();

    @Message
    String pdf_reference();

    @Message
    String pdf_track();

    @Message
    String pdf_campaign();

    @Message
    String pdf_decision_date();

    @Message
    String pdf_deadline();

    @Message
    String pdf_admission_body(String level, String campaign);

    @Message
    String pdf_admitted_pending(String deadline);

    @Message
    String pdf_accepted();

    @Message
    String pdf_enrolled();

    @Message
    String pdf_salutation();

    @Message
    String pdf_refusal_body(String level, String campaign);

    @Message
    String pdf_motive();

    @Message
    String pdf_motive_text();

    @Message
    String pdf_rights();

    @Message
    String pdf_appeal_title();

    @Message
    String pdf_appeal();

    @Message
    String pdf_place_date(String date);

    @Message
    String pdf_signature();

    @Message
    String pdf_footer(String reference);

    @Message
    String pdf_at_time(String date, String time);
}
