package fr.univlorraine.ieps.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the application pages, forms and mails. The texts live in messages/msg_fr.properties
 * (default) and messages/msg_en.properties; templates use them as {msg:key}. A key missing from the
 * French file fails the build; the i18n test checks the English one. Keep each bundle under 300
 * keys: Quarkus 3.34 generates broken code for larger ones.
 */
@MessageBundle(value = "msg", locale = "fr")
public interface Messages {

    String app_name();

    String app_short();

    String app_tagline();

    String skip_to_content();

    String nav_label();

    String nav_home();

    String nav_calendar();

    String nav_apply();

    String nav_contact();

    String nav_my_applications();

    String nav_privacy();

    String nav_login();

    String nav_logout();

    String lang_switch();

    String footer_programme();

    String print_university();

    String print_programme();

    String print_author();

    String print_page();

    String vap_short();

    String calendar_closes();

    String privacy_link();

    String list_title();

    String list_empty();

    String list_col_track();

    String list_col_route();

    String list_col_reference();

    String list_col_status();

    String list_continue();

    String list_follow();

    String list_new_title();

    String list_new_text();

    String list_closes(String date);

    String list_all_applied();

    String list_start();

    String back_to_list();

    String status_title(String level);

    String status_current();

    String status_no_reference();

    String status_submitted_at();

    String status_steps();

    String status_edit();

    String status_history();

    String history_created();

    String history_reason();

    String withdraw_title();

    String withdraw_text();

    String withdraw_confirm();

    String withdraw_button();

    String mail_hello();

    String mail_signature();

    String mail_follow(String url);

    String mail_receipt_subject(String reference);

    String mail_receipt_body(String level, String date, String reference);

    String mail_withdrawn_subject(String reference);

    String mail_withdrawn_body(String level);

    String nav_team();

    String team_title();

    String team_lead();

    String team_roles();

    String team_no_campaign();

    String team_capacity();

    String team_places_left();

    String team_period();

    String team_period_value(String from, String to);

    String team_no_applications();

    String team_table_caption(String level);

    String team_col_status();

    String team_col_count();

    String team_total();

    String role_reviewer();

    String role_head();

    String role_secretariat();

    String role_admin();

    String mail_incomplete_subject(String reference);

    String mail_incomplete_body(String reference, String deadline);

    String mail_incomplete_link(String url);

    String mail_complete_subject(String reference);

    String mail_complete_body(String reference);

    String nav_secretariat();

    String nav_admin_documents();

    String status_documents();

    String nav_review();

    String nav_head();

    String nav_admin_team();

    String nav_admin_rubric();

    String nav_criteria();

    String mail_decision_subject(String reference);

    String mail_decision_body(String reference);

    String mail_reminder_subject(String reference);

    String mail_reminder_body(String reference, String deadline);

    String mail_answer_subject(String reference);

    String mail_answer_body(String reference);

    String mail_motives_subject(String reference);

    String mail_motives_body(String reference);

    String nav_admin_tracks();

    /** Who made a move, in the history: keys actor_<CONSTANT>. */
    @Message
    String actor(fr.univlorraine.ieps.kernel.Actor actor);

    String mail_message_subject(String reference);

    String mail_message_subject_draft(String level);

    String mail_message_body(String reference);

    String mail_message_body_draft(String level);

    String mail_message_link(String url);

    /** Who made a move, in a history staff read (the candidate is not "you" there): keys actor_staff_<CONSTANT>. */
    @Message
    String actor_staff(fr.univlorraine.ieps.kernel.Actor actor);
}
