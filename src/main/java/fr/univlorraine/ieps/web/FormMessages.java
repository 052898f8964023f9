package fr.univlorraine.ieps.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of forms (labels, hints, field errors, error summary) and of error pages, as {form:key}.
 * Files: messages/form_fr.properties (default) and messages/form_en.properties. A separate bundle
 * keeps each one small: Quarkus looks a key up by comparing it with every key of its bundle.
 */
@MessageBundle(value = "form", locale = "fr")
public interface FormMessages {

    String errors_title(Integer count);

    String error_separator();

    String required_mark();

    String chars_between(Integer min, Integer max);

    String chars_max(Integer max);

    String choose();

    String label_vap();

    String vap_hint();

    String error_404_title();

    String error_404_text();

    String error_csrf_title();

    String error_csrf_text();

    String error_403_title();

    String error_403_text();

    String error_409_title();

    String error_transition_text();

    String error_stale_text();

    String error_code(Integer status);

    String error_request_title();

    String error_request_text();

    String error_500_title();

    String error_500_text();

    String error_503_title();

    String error_login_server_down();

    String error_login_server_retry();

    String err_track_unknown();

    String err_not_open_yet();

    String err_closed();

    String err_already_applied();

    String err_not_editable();

    String label_trackId();

    String label_entryRoute();

    String edit_title(String level);

    String edit_lead(String date);

    String edit_incomplete_notice();

    String edit_sections();

    String section_route();

    String section_identity();

    String section_degrees();

    String section_experience();

    String section_project();

    String section_research();

    String section_employer();

    String section_declarations();

    String label_civility();

    String civility_none();

    String civility_MME();

    String civility_M();

    String civility_X();

    String label_firstName();

    String label_lastName();

    String label_birthDate();

    String hint_birthDate();

    String label_nationality();

    String label_email();

    String hint_email();

    String label_phone();

    String label_address();

    String label_postalCode();

    String label_city();

    String label_country();

    String degrees_hint();

    String degree_n(Integer n);

    String label_degreeTitle();

    String hint_degreeTitle();

    String label_degreeInstitution();

    String label_degreeYear();

    String label_degreeGrade();

    String hint_degreeGrade();

    String degree_remove(Integer n);

    String degree_add();

    String experiences_hint();

    String experience_n(Integer n);

    String label_expJobTitle();

    String label_expOrganisation();

    String label_expStartYear();

    String label_expEndYear();

    String hint_expEndYear();

    String label_expDescription();

    String experience_remove(Integer n);

    String experience_add();

    String label_professionalProject();

    String hint_professionalProject();

    String label_researchProject();

    String hint_researchProject();

    String label_themes();

    String hint_themes();

    String employer_hint();

    String label_employerStatus();

    String employer_SEARCHING();

    String employer_PROMISE();

    String employer_SIGNED();

    String label_employerName();

    String hint_employerName();

    String label_declarationAccuracy();

    String label_declarationPrivacy();

    String edit_submit_note(String date);

    String action_save();

    String action_submit();

    String err_required();

    String err_choice();

    String err_date();

    String err_birth_date_range();

    String err_email();

    String err_phone();

    String err_year();

    String err_end_before_start();

    String err_themes_max();

    String err_themes_min();

    String err_vap_route();

    String err_degree_needed();

    String err_experience_needed();

    String err_project_too_short();

    String err_declaration();

    String err_too_long_20();

    String err_too_long_30();

    String err_too_long_50();

    String err_too_long_100();

    String err_too_long_200();

    String err_too_long_254();

    String err_too_long_255();

    String err_too_long_1000();

    String err_too_long_5000();

    String label_reason();

    String hint_reason();

    String label_documents();

    String err_documents_missing();

    String err_completion_closed();

    String err_not_concerned_not_allowed();

    String err_refusal_reason_required();

    String err_complete_needs_validation();

    String err_incomplete_needs_refusal();

    String err_not_under_check();

    String documents_text();

    String documents_link();

    String err_file_missing();

    String err_file_empty();

    String err_file_too_large();

    String err_file_type();

    String err_file_type_not_accepted();

    String err_file_executable();

    String err_file_polyglot();

    String err_pdf_encrypted();

    String err_pdf_corrupt();

    String err_image_corrupt();

    String err_image_too_large();

    String err_reason_required();

    String label_code();

    String label_labelFr();

    String label_labelEn();

    String label_answer();

    String err_too_long_300();

    String label_helpFr();

    String label_helpEn();

    String label_formats();

    String label_maxSizeMb();

    String label_checklist();

    String err_type_code();

    String err_type_code_taken();

    String err_formats_required();

    String err_max_size();

    String error_413_title();

    String err_request_too_large(Integer max);

    String error_413_back();

    String err_too_long_4000();

    String err_member_unknown();

    String err_member_conflict();

    String err_member_already();

    String err_member_full();

    String err_review_not_removable();

    String err_not_under_review();

    String err_level_invalid();

    String err_level_required();

    String err_recommendation_invalid();

    String err_recommendation_required();

    String err_comment_required();

    String err_conflict_reason_required();

    String err_review_already_submitted();

    String err_rank_reason_required();

    String err_rank_out_of_range();

    String err_board_changed();

    String label_comment();

    String label_recommendation();

    String label_level();

    String err_ties_unresolved();

    String err_members_required();

    String label_heldOn();

    String label_memberId();

    String label_otherAttendees();
    String label_fullName();

    String label_memberThemes();

    String label_maxDossiers();

    String label_active();

    String label_descriptionFr();

    String label_descriptionEn();

    String label_weight();

    String label_level0Fr();

    String label_level1Fr();

    String label_level2Fr();

    String label_level3Fr();

    String label_level4Fr();

    String label_level0En();

    String label_level1En();

    String label_level2En();

    String label_level3En();

    String label_level4En();

    String label_reviewersPerDossier();

    String label_blindReview();

    String label_disagreementThreshold();

    String label_rubric();

    String hint_memberEmail();

    String hint_memberEmailLinked();

    String hint_maxDossiers();

    String hint_weight();

    String hint_reviewersPerDossier();

    String hint_disagreementThreshold();

    String err_too_long_500();

    String err_member_email_taken();

    String err_max_dossiers();

    String err_theme_unknown();

    String err_weight();

    String err_reviewers_per_dossier();

    String err_threshold();

    String err_rubric_locked();

    String err_last_criterion();

    String err_criterion_unknown();

    String err_level_unknown();

    String label_declineReason();

    String hint_declineReason();

    String label_declineConfirm();

    String label_offer();

    String err_decline_confirm();

    String err_offer_expired();

    String err_no_open_offer();

    String err_capacity_full();

    String label_decisions();

    String label_motive();

    String label_motiveText();

    String label_publication();

    String label_publishConfirm();

    String err_motive_required();

    String err_too_long_2000();

    String err_too_many_admits();

    String err_decision_forged();

    String err_decisions_stale();

    String err_nothing_to_publish();

    String err_decisions_missing();

    String err_publication_time_passed();

    String err_publication_scheduled();

    String err_publish_confirm();

    String label_capacity();

    String hint_capacity();

    String label_opensAt();

    String label_closesAt();

    String hint_closesAt();

    String label_reviewDeadline();

    String label_decisionsPublishedAt();

    String hint_decisionsPublishedAt();

    String label_offerResponseDays();

    String hint_offerResponseDays();

    String label_reminderDaysBefore();

    String hint_reminderDaysBefore();

    String label_waitlistSize();

    String hint_waitlistSize();

    String label_version();

    String err_capacity();

    String err_capacity_below_taken();

    String err_datetime();

    String err_closes_before_opens();

    String err_review_before_closing();

    String err_publication_before_review();

    String err_response_days();

    String err_reminder_days();

    String err_waitlist_size();

    String err_track_stale();

    String label_publicTitleFr();

    String label_publicTitleEn();

    String label_publicResearchFr();

    String label_publicResearchEn();

    String label_shownPublicly();

    String label_publicPosition();

    String hint_publicPosition();

    String err_public_position();

    String err_public_title_required();
}
