package fr.univlorraine.ieps.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the public pages (programme, calendar, how to apply, contact, privacy), as {pub:key}.
 * Files: messages/pub_fr.properties (default) and messages/pub_en.properties.
 */
@MessageBundle(value = "pub", locale = "fr")
public interface PublicMessages {

    String home_title();

    String home_h1();

    String home_lead();

    String home_campaign_closed();

    /** The open track closing first: its level and its last minute, in Paris time. */
    String home_next_closing(String level, String date);

    String home_cta_apply();

    String home_cta_how();

    String home_aims_title();

    String home_aims_text();

    String home_skill_1();

    String home_skill_2();

    String home_skill_3();

    String home_skill_4();

    String home_audience_title();

    String home_audience_students();

    String home_audience_professionals();

    String home_routes_title();

    String home_route_initiale();

    String home_route_alternance();

    String home_route_continue();

    String home_organisation_title();

    String home_org_places();

    String home_org_years();

    String home_org_weeks();

    String home_org_attendance();

    String home_org_between();

    String home_themes_title();

    String home_themes_text();

    String home_theses_title();

    String home_thesis_1();

    String home_thesis_2();

    String home_thesis_3();

    String home_thesis_4();

    String home_thesis_5();

    String home_thesis_6();

    String home_team_title();

    String home_team_text();

    String calendar_title();

    String calendar_lead();

    String calendar_none();

    String calendar_caption();

    String calendar_step();

    String calendar_opens();

    String calendar_review();

    String calendar_decisions();

    String calendar_response();

    String calendar_days(Integer days);

    String calendar_capacity();

    String calendar_timezone();

    String apply_title();

    String apply_lead();

    String apply_step1_title();

    String apply_step1_text();

    String apply_step2_title();

    String apply_step2_text();

    String apply_step3_title();

    String apply_step3_text();

    String apply_step4_title();

    String apply_step4_text();

    String apply_step5_title();

    String apply_step5_text();

    String apply_prepare_title();

    String apply_prepare_1();

    String apply_prepare_2();

    String apply_prepare_3();

    String apply_prepare_4();

    String apply_prepare_5();

    String apply_pieces_title();

    String apply_pieces_lead();

    String apply_pieces_none();

    String apply_pieces_open();

    /** A route of a level on the how-to-apply page, with how many pieces it asks. */
    String apply_route_summary(String route, int count);

    String apply_vap_on_top();

    String apply_template_link();

    String apply_pdf_title();

    String apply_pdf_text();

    String apply_pdf_scan();

    String apply_pdf_photos();

    String apply_pdf_computer();

    /** The largest upload the site takes, in MB. */
    String apply_pdf_limit(String max);

    String apply_criteria_title();

    String apply_criteria_text();

    String contact_title();

    String contact_lead();

    String contact_secretariat();

    String contact_email();

    String contact_address();

    String contact_address_value();

    String contact_heads();

    String contact_head_m1();

    String contact_head_m2();

    String contact_note();

    String privacy_title();

    String privacy_lead();

    String privacy_controller_title();

    /** The controller as configured (ieps.privacy.controller). */
    String privacy_controller_text(String controller);

    String privacy_data_title();

    String privacy_data_text();

    /** The labels of the application form's fields in a category. */
    String privacy_data_fields(String fields);

    String privacy_purpose_title();

    String privacy_purpose_text();

    String privacy_legal_title();

    String privacy_legal_text();

    String privacy_recipients_title();

    String privacy_recipients_text();

    String privacy_retention_title();

    /** The rules of the latest campaign. */
    String privacy_retention_campaign(String campaign);

    String privacy_retention_default();

    String privacy_retention_draft(int days);

    String privacy_retention_not_admitted(int months);

    String privacy_retention_withdrawn(int months);

    String privacy_retention_enrolled(int days);

    String privacy_retention_appeal(int months);

    String privacy_retention_trace();

    String privacy_rights_title();

    String privacy_rights_text();

    String privacy_rights_self();

    String privacy_rights_self_link();

    String privacy_rights_write();

    String privacy_rights_secretariat();

    String privacy_rights_dpo();

    String privacy_rights_cnil();

    String privacy_cookies_title();

    String privacy_cookies_text();

    String apply_criteria_more();

    String apply_criteria_link();

    String criteria_title();

    String criteria_lead();

    String criteria_score_title();

    String criteria_score();

    String criteria_campaign(String campaign);

    String criteria_share(String share);

    String criteria_levels();

    String criteria_none();
}
