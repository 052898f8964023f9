package fr.univlorraine.ieps.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of forms (labels, hints, field errors, error summary) and of error pages, as {form:key}.
 * Files: messages/form_fr.properties (default) and messages/form_en.properties. A separate bundle
 * keeps each one small: Quarkus looks a key up by comparing it with every key of its bundle.
 */
@MessageBundle(value = "form", locale = "fr")
public interface FormMessages {

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
    String label_vap();

    @Message
    String vap_hint();

    @Message
    String error_404_title();

    @Message
    String error_404_text();

    @Message
    String error_csrf_title();

    @Message
    String error_csrf_text();

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
    String error_request_title();

    @Message
    String error_request_text();

    @Message
    String error_500_title();

    @Message
    String error_500_text();

    @Message
    String error_503_title();

    @Message
    String error_login_server_down();

    @Message
    String error_login_server_retry();

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
    String label_trackId();

    @Message
    String label_entryRoute();

    @Message
    String edit_title(String level);

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
    String label_reason();

    @Message
    String hint_reason();

    @Message
    String label_documents();

    @Message
    String err_documents_missing();

    @Message
    String err_completion_closed();

    @Message
    String err_not_concerned_not_allowed();

    @Message
    String err_refusal_reason_required();

    @Message
    String err_complete_needs_validation();

    @Message
    String err_incomplete_needs_refusal();

    @Message
    String err_not_under_check();

    @Message
    String documents_text();

    @Message
    String documents_link();

    @Message
    String err_file_missing();

    @Message
    String err_file_empty();

    @Message
    String err_file_too_large();

    @Message
    String err_file_type();

    @Message
    String err_file_type_not_accepted();

    @Message
    String err_file_executable();

    @Message
    String err_file_polyglot();

    @Message
    String err_pdf_encrypted();

    @Message
    String err_pdf_corrupt();

    @Message
    String err_image_corrupt();

    @Message
    String err_image_too_large();

    @Message
    String err_reason_required();

    @Message
    String label_code();

    @Message
    String label_labelFr();

    @Message
    String label_labelEn();

    @Message
    String label_answer();

    @Message
    String err_too_long_300();

    @Message
    String label_helpFr();

    @Message
    String label_helpEn();

    @Message
    String label_formats();

    @Message
    String label_maxSizeMb();

    @Message
    String label_checklist();

    @Message
    String err_type_code();

    @Message
    String err_type_code_taken();

    @Message
    String err_formats_required();

    @Message
    String err_max_size();

    @Message
    String error_413_title();

    @Message
    String err_request_too_large(Integer max);

    @Message
    String error_413_back();

    @Message
    String err_too_long_4000();

    @Message
    String err_member_unknown();

    @Message
    String err_member_conflict();

    @Message
    String err_member_already();

    @Message
    String err_member_full();

    @Message
    String err_review_not_removable();

    @Message
    String err_not_under_review();

    @Message
    String err_level_invalid();

    @Message
    String err_level_required();

    @Message
    String err_recommendation_invalid();

    @Message
    String err_recommendation_required();

    @Message
    String err_comment_required();

    @Message
    String err_conflict_reason_required();

    @Message
    String err_review_already_submitted();

    @Message
    String err_rank_reason_required();

    @Message
    String err_rank_out_of_range();

    @Message
    String err_board_changed();

    @Message
    String label_comment();

    @Message
    String label_recommendation();

    @Message
    String label_level();

    @Message
    String err_ties_unresolved();

    @Message
    String err_members_required();

    @Message
    String label_heldOn();

    @Message
    String label_memberId();

    @Message
    String label_otherAttendees();
    String label_fullName();

    @Message
    String label_memberThemes();

    @Message
    String label_maxDossiers();

    @Message
    String label_active();

    @Message
    String label_descriptionFr();

    @Message
    String label_descriptionEn();

    @Message
    String label_weight();

    @Message
    String label_level0Fr();

    @Message
    String label_level1Fr();

    @Message
    String label_level2Fr();

    @Message
    String label_level3Fr();

    @Message
    String label_level4Fr();

    @Message
    String label_level0En();

    @Message
    String label_level1En();

    @Message
    String label_level2En();

    @Message
    String label_level3En();

    @Message
    String label_level4En();

    @Message
    String label_reviewersPerDossier();

    @Message
    String label_blindReview();

    @Message
    String label_disagreementThreshold();

    @Message
    String label_rubric();

    @Message
    String hint_memberEmail();

    @Message
    String hint_memberEmailLinked();

    @Message
    String hint_maxDossiers();

    @Message
    String hint_weight();

    @Message
    String hint_reviewersPerDossier();

    @Message
    String hint_disagreementThreshold();

    @Message
    String err_too_long_500();

    @Message
    String err_member_email_taken();

    @Message
    String err_max_dossiers();

    @Message
    String err_theme_unknown();

    @Message
    String err_weight();

    @Message
    String err_reviewers_per_dossier();

    @Message
    String err_threshold();

    @Message
    String err_rubric_locked();

    @Message
    String err_last_criterion();

    @Message
    String err_criterion_unknown();

    @Message
    String err_level_unknown();

    @Message
    String label_declineReason();

    @Message
    String hint_declineReason();

    @Message
    String label_declineConfirm();

    @Message
    String label_offer();

    @Message
    String err_decline_confirm();

    @Message
    String err_offer_expired();

    @Message
    String err_no_open_offer();

    @Message
    String err_capacity_full();

    @Message
    String label_decisions();

    @Message
    String label_motive();

    @Message
    String label_motiveText();

    @Message
    String label_publication();

    @Message
    String label_publishConfirm();

    @Message
    String err_motive_required();

    @Message
    String err_too_long_2000();

    @Message
    String err_too_many_admits();

    @Message
    String err_decision_forged();

    @Message
    String err_decisions_stale();

    @Message
    String err_nothing_to_publish();

    @Message
    String err_decisions_missing();

    @Message
    String err_publication_time_passed();

    @Message
    String err_publication_scheduled();

    @Message
    String err_publish_confirm();

    @Message
    String label_capacity();

    @Message
    String hint_capacity();

    @Message
    String label_opensAt();

    @Message
    String label_closesAt();

    @Message
    String hint_closesAt();

    @Message
    String label_reviewDeadline();

    @Message
    String label_decisionsPublishedAt();

    @Message
    String hint_decisionsPublishedAt();

    @Message
    String label_offerResponseDays();

    @Message
    String hint_offerResponseDays();

    @Message
    String label_reminderDaysBefore();

    @Message
    String hint_reminderDaysBefore();

    @Message
    String label_waitlistSize();

    @Message
    String hint_waitlistSize();

    @Message
    String label_version();

    @Message
    String err_capacity();

    @Message
    String err_capacity_below_taken();

    @Message
    String err_datetime();

    @Message
    String err_closes_before_opens();

    @Message
    String err_review_before_closing();

    @Message
    String err_publication_before_review();

    @Message
    String err_response_days();

    @Message
    String err_reminder_days();

    @Message
    String err_waitlist_size();

    @Message
    String err_track_stale();

    @Message
    String label_publicTitleFr();

    @Message
    String label_publicTitleEn();

    @Message
    String label_publicResearchFr();

    @Message
    String label_publicResearchEn();

    @Message
    String label_shownPublicly();

    @Message
    String label_publicPosition();

    @Message
    String hint_publicPosition();

    @Message
    String err_public_position();

    @Message
    String err_public_title_required();
}
