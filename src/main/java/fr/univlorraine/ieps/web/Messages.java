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

    @Message
    String app_name();

    @Message
    String app_short();

    @Message
    String app_tagline();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_home();

    @Message
    String nav_calendar();

    @Message
    String nav_apply();

    @Message
    String nav_contact();

    @Message
    String nav_my_applications();

    @Message
    String nav_privacy();

    @Message
    String nav_login();

    @Message
    String nav_logout();

    @Message
    String lang_switch();

    @Message
    String footer_programme();

    @Message
    String flash_created();

    @Message
    String flash_saved();

    @Message
    String flash_submitted();

    @Message
    String flash_withdrawn();

    @Message
    String theme_AGEING();

    @Message
    String theme_CHILD_PROTECTION();

    @Message
    String theme_DISABILITY();

    @Message
    String theme_HEALTH();

    @Message
    String theme_SOCIAL_ECONOMY();

    @Message
    String theme_HOUSING_INSERTION();

    @Message
    String theme_POVERTY();

    @Message
    String theme_ACCESS_TO_RIGHTS();

    @Message
    String theme_GENDER_SEXUALITY();

    @Message
    String theme_ADDICTIONS();

    @Message
    String theme_VIOLENCE_RADICALISM();

    @Message
    String theme_DIGITAL_ALGORITHMS();

    @Message
    String theme_EDUCATION_PARENTING();

    @Message
    String theme_SOCIAL_WORK();

    @Message
    String theme_ENVIRONMENT_TERRITORIES();

    @Message
    String theme_LOCAL_OBSERVATORIES();

    @Message
    String level_M1();

    @Message
    String level_M2();

    // printed documents (templates/pdf/print.html): letterhead, metadata, page numbers

    @Message
    String print_university();

    @Message
    String print_programme();

    @Message
    String print_author();

    @Message
    String print_page();

    @Message
    String route_INITIALE();

    @Message
    String route_ALTERNANCE();

    @Message
    String route_CONTINUE();

    @Message
    String route_hint_INITIALE();

    @Message
    String route_hint_ALTERNANCE();

    @Message
    String route_hint_CONTINUE();

    @Message
    String vap_short();

    @Message
    String calendar_closes();

    @Message
    String privacy_link();

    @Message
    String list_title();

    @Message
    String list_empty();

    @Message
    String list_col_track();

    @Message
    String list_col_route();

    @Message
    String list_col_reference();

    @Message
    String list_col_status();

    @Message
    String list_col_action();

    @Message
    String list_continue();

    @Message
    String list_follow();

    @Message
    String list_new_title();

    @Message
    String list_new_text();

    @Message
    String list_closes(String date);

    @Message
    String list_all_applied();

    @Message
    String list_start();

    @Message
    String status_DRAFT();

    @Message
    String status_SUBMITTED();

    @Message
    String status_INCOMPLETE();

    @Message
    String status_COMPLETE();

    @Message
    String status_UNDER_REVIEW();

    @Message
    String status_ADMITTED();

    @Message
    String status_WAITLISTED();

    @Message
    String status_REJECTED();

    @Message
    String status_ACCEPTED();

    @Message
    String status_DECLINED();

    @Message
    String status_EXPIRED();

    @Message
    String status_ENROLLED();

    @Message
    String status_WITHDRAWN();

    @Message
    String status_explain_DRAFT();

    @Message
    String status_explain_SUBMITTED();

    @Message
    String status_explain_INCOMPLETE();

    @Message
    String status_explain_COMPLETE();

    @Message
    String status_explain_UNDER_REVIEW();

    @Message
    String status_explain_ADMITTED();

    @Message
    String status_explain_WAITLISTED();

    @Message
    String status_explain_REJECTED();

    @Message
    String status_explain_ACCEPTED();

    @Message
    String status_explain_DECLINED();

    @Message
    String status_explain_EXPIRED();

    @Message
    String status_explain_ENROLLED();

    @Message
    String status_explain_WITHDRAWN();

    @Message
    String back_to_list();

    @Message
    String status_title(String level);

    @Message
    String status_current();

    @Message
    String status_no_reference();

    @Message
    String status_submitted_at();

    @Message
    String status_steps();

    @Message
    String step_DRAFT();

    @Message
    String step_SUBMITTED();

    @Message
    String step_COMPLETE();

    @Message
    String step_UNDER_REVIEW();

    @Message
    String step_DECISION();

    @Message
    String status_edit();

    @Message
    String status_history();

    @Message
    String history_created();

    @Message
    String history_reason();

    @Message
    String transition_SUBMIT();

    @Message
    String transition_RESUBMIT();

    @Message
    String transition_MARK_INCOMPLETE();

    @Message
    String transition_MARK_COMPLETE();

    @Message
    String transition_OPEN_REVIEW();

    @Message
    String transition_ADMIT();

    @Message
    String transition_WAITLIST();

    @Message
    String transition_REJECT();

    @Message
    String transition_ACCEPT();

    @Message
    String transition_DECLINE();

    @Message
    String transition_EXPIRE();

    @Message
    String transition_PROMOTE();

    @Message
    String transition_ENROL();

    @Message
    String transition_WITHDRAW();

    @Message
    String actor_CANDIDATE();

    @Message
    String actor_SECRETARIAT();

    @Message
    String actor_HEAD();

    @Message
    String actor_SYSTEM();

    @Message
    String withdraw_title();

    @Message
    String withdraw_text();

    @Message
    String withdraw_confirm();

    @Message
    String withdraw_button();

    @Message
    String mail_hello();

    @Message
    String mail_signature();

    @Message
    String mail_follow(String url);

    @Message
    String mail_receipt_subject(String reference);

    @Message
    String mail_receipt_body(String level, String date, String reference);

    @Message
    String mail_withdrawn_subject(String reference);

    @Message
    String mail_withdrawn_body(String level);

    // Team area (/equipe)

    @Message
    String nav_team();

    @Message
    String team_title();

    @Message
    String team_lead();

    @Message
    String team_roles();

    @Message
    String team_no_campaign();

    @Message
    String team_capacity();

    @Message
    String team_places_left();

    @Message
    String team_period();

    @Message
    String team_period_value(String from, String to);

    @Message
    String team_no_applications();

    @Message
    String team_table_caption(String level);

    @Message
    String team_col_status();

    @Message
    String team_col_count();

    @Message
    String team_total();

    @Message
    String role_reviewer();

    @Message
    String role_head();

    @Message
    String role_secretariat();

    @Message
    String role_admin();

    @Message
    String mail_incomplete_subject(String reference);

    @Message
    String mail_incomplete_body(String reference, String deadline);

    @Message
    String mail_incomplete_link(String url);

    @Message
    String mail_complete_subject(String reference);

    @Message
    String mail_complete_body(String reference);

    @Message
    String flash_uploaded();

    @Message
    String flash_notconcerned();

    @Message
    String nav_secretariat();

    @Message
    String nav_admin_documents();

    @Message
    String status_documents();

    @Message
    String nav_review();

    @Message
    String nav_head();

    @Message
    String nav_admin_team();

    @Message
    String nav_admin_rubric();

    @Message
    String nav_criteria();

    @Message
    String flash_review_draft();

    @Message
    String flash_review_submitted();

    @Message
    String flash_review_conflict();

    @Message
    String flash_review_opened();

    @Message
    String flash_assign_auto();

    @Message
    String flash_assign_added();

    @Message
    String flash_assign_removed();

    @Message
    String flash_rank_moved();

    @Message
    String mail_decision_subject(String reference);

    @Message
    String mail_decision_body(String reference);

    @Message
    String mail_reminder_subject(String reference);

    @Message
    String mail_reminder_body(String reference, String deadline);

    @Message
    String mail_answer_subject(String reference);

    @Message
    String mail_answer_body(String reference);

    @Message
    String mail_motives_subject(String reference);

    @Message
    String mail_motives_body(String reference);

    @Message
    String flash_accepted();

    @Message
    String flash_declined();

    @Message
    String flash_decisions_saved();

    @Message
    String flash_decisions_published();

    @Message
    String flash_publication_scheduled();

    @Message
    String flash_publication_unscheduled();

    @Message
    String nav_admin_tracks();
}
