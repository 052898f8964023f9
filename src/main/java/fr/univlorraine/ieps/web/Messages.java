package fr.univlorraine.ieps.web;

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

    String flash_created();

    String flash_saved();

    String flash_submitted();

    String flash_withdrawn();

    String theme_AGEING();

    String theme_CHILD_PROTECTION();

    String theme_DISABILITY();

    String theme_HEALTH();

    String theme_SOCIAL_ECONOMY();

    String theme_HOUSING_INSERTION();

    String theme_POVERTY();

    String theme_ACCESS_TO_RIGHTS();

    String theme_GENDER_SEXUALITY();

    String theme_ADDICTIONS();

    String theme_VIOLENCE_RADICALISM();

    String theme_DIGITAL_ALGORITHMS();

    String theme_EDUCATION_PARENTING();

    String theme_SOCIAL_WORK();

    String theme_ENVIRONMENT_TERRITORIES();

    String theme_LOCAL_OBSERVATORIES();

    String level_M1();

    String level_M2();

    // printed documents (templates/pdf/print.html): letterhead, metadata, page numbers

    String print_university();

    String print_programme();

    String print_author();

    String print_page();

    String route_INITIALE();

    String route_ALTERNANCE();

    String route_CONTINUE();

    String route_hint_INITIALE();

    String route_hint_ALTERNANCE();

    String route_hint_CONTINUE();

    String vap_short();

    String calendar_closes();

    String privacy_link();

    String list_title();

    String list_empty();

    String list_col_track();

    String list_col_route();

    String list_col_reference();

    String list_col_status();

    String list_col_action();

    String list_continue();

    String list_follow();

    String list_new_title();

    String list_new_text();

    String list_closes(String date);

    String list_all_applied();

    String list_start();

    String status_DRAFT();

    String status_SUBMITTED();

    String status_INCOMPLETE();

    String status_COMPLETE();

    String status_UNDER_REVIEW();

    String status_ADMITTED();

    String status_WAITLISTED();

    String status_REJECTED();

    String status_ACCEPTED();

    String status_DECLINED();

    String status_EXPIRED();

    String status_ENROLLED();

    String status_WITHDRAWN();

    String status_explain_DRAFT();

    String status_explain_SUBMITTED();

    String status_explain_INCOMPLETE();

    String status_explain_COMPLETE();

    String status_explain_UNDER_REVIEW();

    String status_explain_ADMITTED();

    String status_explain_WAITLISTED();

    String status_explain_REJECTED();

    String status_explain_ACCEPTED();

    String status_explain_DECLINED();

    String status_explain_EXPIRED();

    String status_explain_ENROLLED();

    String status_explain_WITHDRAWN();

    String back_to_list();

    String status_title(String level);

    String status_current();

    String status_no_reference();

    String status_submitted_at();

    String status_steps();

    String step_DRAFT();

    String step_SUBMITTED();

    String step_COMPLETE();

    String step_UNDER_REVIEW();

    String step_DECISION();

    String status_edit();

    String status_history();

    String history_created();

    String history_reason();

    String transition_SUBMIT();

    String transition_RESUBMIT();

    String transition_MARK_INCOMPLETE();

    String transition_MARK_COMPLETE();

    String transition_OPEN_REVIEW();

    String transition_ADMIT();

    String transition_WAITLIST();

    String transition_REJECT();

    String transition_ACCEPT();

    String transition_DECLINE();

    String transition_EXPIRE();

    String transition_PROMOTE();

    String transition_ENROL();

    String transition_WITHDRAW();

    @io.quarkus.qute.i18n.Message
    String actor(fr.univlorraine.ieps.kernel.Actor actor);

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

    // Team area (/equipe)

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

    String flash_uploaded();

    String flash_notconcerned();

    String nav_secretariat();

    String nav_admin_documents();

    String status_documents();

    String nav_review();

    String nav_head();

    String nav_admin_team();

    String nav_admin_rubric();

    String nav_criteria();

    String flash_review_draft();

    String flash_review_submitted();

    String flash_review_conflict();

    String flash_review_opened();

    String flash_assign_auto();

    String flash_assign_added();

    String flash_assign_removed();

    String flash_rank_moved();

    String mail_decision_subject(String reference);

    String mail_decision_body(String reference);

    String mail_reminder_subject(String reference);

    String mail_reminder_body(String reference, String deadline);

    String mail_answer_subject(String reference);

    String mail_answer_body(String reference);

    String mail_motives_subject(String reference);

    String mail_motives_body(String reference);

    String flash_accepted();

    String flash_declined();

    String flash_decisions_saved();

    String flash_decisions_published();

    String flash_publication_scheduled();

    String flash_publication_unscheduled();

    String nav_admin_tracks();
}
