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
    String errors_title(Integer count);

    @Message
    String error_separator();

    @Message
    String required_mark();

    @Message
    String chars_between(Integer min, Integer max);

    @Message
    String chars_max(Integer max);

    @Message
    String choose();

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
    String label_vap();

    @Message
    String vap_hint();

    @Message
    String calendar_closes();

    @Message
    String privacy_link();

    @Message
    String error_404_title();

    @Message
    String error_404_text();

    @Message
    String error_403_title();

    @Message
    String error_403_text();

    @Message
    String error_409_title();

    @Message
    String error_transition_text();

    @Message
    String error_stale_text();

    @Message
    String error_code(Integer status);

    @Message
    String err_track_unknown();

    @Message
    String err_not_open_yet();

    @Message
    String err_closed();

    @Message
    String err_already_applied();

    @Message
    String err_not_editable();

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
    String label_trackId();

    @Message
    String label_entryRoute();

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
    String edit_title(String level);

    @Message
    String back_to_list();

    @Message
    String edit_lead(String date);

    @Message
    String edit_incomplete_notice();

    @Message
    String edit_sections();

    @Message
    String section_route();

    @Message
    String section_identity();

    @Message
    String section_degrees();

    @Message
    String section_experience();

    @Message
    String section_project();

    @Message
    String section_research();

    @Message
    String section_employer();

    @Message
    String section_declarations();

    @Message
    String label_civility();

    @Message
    String civility_none();

    @Message
    String civility_MME();

    @Message
    String civility_M();

    @Message
    String civility_X();

    @Message
    String label_firstName();

    @Message
    String label_lastName();

    @Message
    String label_birthDate();

    @Message
    String hint_birthDate();

    @Message
    String label_nationality();

    @Message
    String label_email();

    @Message
    String hint_email();

    @Message
    String label_phone();

    @Message
    String label_address();

    @Message
    String label_postalCode();

    @Message
    String label_city();

    @Message
    String label_country();

    @Message
    String degrees_hint();

    @Message
    String degree_n(Integer n);

    @Message
    String label_degreeTitle();

    @Message
    String hint_degreeTitle();

    @Message
    String label_degreeInstitution();

    @Message
    String label_degreeYear();

    @Message
    String label_degreeGrade();

    @Message
    String hint_degreeGrade();

    @Message
    String degree_remove(Integer n);

    @Message
    String degree_add();

    @Message
    String experiences_hint();

    @Message
    String experience_n(Integer n);

    @Message
    String label_expJobTitle();

    @Message
    String label_expOrganisation();

    @Message
    String label_expStartYear();

    @Message
    String label_expEndYear();

    @Message
    String hint_expEndYear();

    @Message
    String label_expDescription();

    @Message
    String experience_remove(Integer n);

    @Message
    String experience_add();

    @Message
    String label_professionalProject();

    @Message
    String hint_professionalProject();

    @Message
    String label_researchProject();

    @Message
    String hint_researchProject();

    @Message
    String label_themes();

    @Message
    String hint_themes();

    @Message
    String employer_hint();

    @Message
    String label_employerStatus();

    @Message
    String employer_SEARCHING();

    @Message
    String employer_PROMISE();

    @Message
    String employer_SIGNED();

    @Message
    String label_employerName();

    @Message
    String hint_employerName();

    @Message
    String label_declarationAccuracy();

    @Message
    String label_declarationPrivacy();

    @Message
    String edit_submit_note(String date);

    @Message
    String action_save();

    @Message
    String action_submit();

    @Message
    String err_required();

    @Message
    String err_choice();

    @Message
    String err_date();

    @Message
    String err_birth_date_range();

    @Message
    String err_email();

    @Message
    String err_phone();

    @Message
    String err_year();

    @Message
    String err_end_before_start();

    @Message
    String err_themes_max();

    @Message
    String err_themes_min();

    @Message
    String err_vap_route();

    @Message
    String err_degree_needed();

    @Message
    String err_experience_needed();

    @Message
    String err_project_too_short();

    @Message
    String err_declaration();

    @Message
    String err_too_long_20();

    @Message
    String err_too_long_30();

    @Message
    String err_too_long_50();

    @Message
    String err_too_long_100();

    @Message
    String err_too_long_200();

    @Message
    String err_too_long_254();

    @Message
    String err_too_long_255();

    @Message
    String err_too_long_1000();

    @Message
    String err_too_long_5000();

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
    String label_reason();

    @Message
    String hint_reason();

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
}
