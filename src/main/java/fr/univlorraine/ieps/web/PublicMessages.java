package fr.univlorraine.ieps.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the public pages (programme, calendar, how to apply, contact, privacy), as {pub:key}.
 * Files: messages/pub_fr.properties (default) and messages/pub_en.properties.
 */
@MessageBundle(value = "pub", locale = "fr")
public interface PublicMessages {

    @Message
    String home_title();

    @Message
    String home_h1();

    @Message
    String home_lead();

    @Message
    String home_campaign_open();

    @Message
    String home_campaign_closed();

    @Message
    String home_cta_apply();

    @Message
    String home_cta_how();

    @Message
    String home_aims_title();

    @Message
    String home_aims_text();

    @Message
    String home_skill_1();

    @Message
    String home_skill_2();

    @Message
    String home_skill_3();

    @Message
    String home_skill_4();

    @Message
    String home_audience_title();

    @Message
    String home_audience_students();

    @Message
    String home_audience_professionals();

    @Message
    String home_routes_title();

    @Message
    String home_route_initiale();

    @Message
    String home_route_alternance();

    @Message
    String home_route_continue();

    @Message
    String home_organisation_title();

    @Message
    String home_org_places();

    @Message
    String home_org_years();

    @Message
    String home_org_weeks();

    @Message
    String home_org_attendance();

    @Message
    String home_org_between();

    @Message
    String home_themes_title();

    @Message
    String home_themes_text();

    @Message
    String home_theses_title();

    @Message
    String home_thesis_1();

    @Message
    String home_thesis_2();

    @Message
    String home_thesis_3();

    @Message
    String home_thesis_4();

    @Message
    String home_thesis_5();

    @Message
    String home_thesis_6();

    @Message
    String home_team_title();

    @Message
    String home_team_text();































    @Message
    String calendar_title();

    @Message
    String calendar_lead();

    @Message
    String calendar_none();

    @Message
    String calendar_caption();

    @Message
    String calendar_step();

    @Message
    String calendar_opens();

    @Message
    String calendar_review();

    @Message
    String calendar_decisions();

    @Message
    String calendar_response();

    @Message
    String calendar_days(Integer days);

    @Message
    String calendar_capacity();

    @Message
    String calendar_timezone();

    @Message
    String apply_title();

    @Message
    String apply_lead();

    @Message
    String apply_step1_title();

    @Message
    String apply_step1_text();

    @Message
    String apply_step2_title();

    @Message
    String apply_step2_text();

    @Message
    String apply_step3_title();

    @Message
    String apply_step3_text();

    @Message
    String apply_step4_title();

    @Message
    String apply_step4_text();

    @Message
    String apply_step5_title();

    @Message
    String apply_step5_text();

    @Message
    String apply_prepare_title();

    @Message
    String apply_prepare_1();

    @Message
    String apply_prepare_2();

    @Message
    String apply_prepare_3();

    @Message
    String apply_prepare_4();

    @Message
    String apply_criteria_title();

    @Message
    String apply_criteria_text();

    @Message
    String contact_title();

    @Message
    String contact_lead();

    @Message
    String contact_secretariat();

    @Message
    String contact_email();

    @Message
    String contact_address();

    @Message
    String contact_address_value();

    @Message
    String contact_heads();

    @Message
    String contact_head_m1();

    @Message
    String contact_head_m2();

    @Message
    String contact_note();

    @Message
    String privacy_title();

    @Message
    String privacy_lead();

    @Message
    String privacy_controller_title();

    @Message
    String privacy_controller_text();

    @Message
    String privacy_data_title();

    @Message
    String privacy_data_text();

    @Message
    String privacy_purpose_title();

    @Message
    String privacy_purpose_text();

    @Message
    String privacy_recipients_title();

    @Message
    String privacy_recipients_text();

    @Message
    String privacy_retention_title();

    @Message
    String privacy_retention_text();

    @Message
    String privacy_rights_title();

    @Message
    String privacy_rights_text();

    @Message
    String privacy_cookies_title();

    @Message
    String privacy_cookies_text();

    @Message
    String apply_criteria_more();

    @Message
    String apply_criteria_link();

    @Message
    String criteria_title();

    @Message
    String criteria_lead();

    @Message
    String criteria_score_title();

    @Message
    String criteria_score();

    @Message
    String criteria_campaign(String campaign);

    @Message
    String criteria_share(String share);

    @Message
    String criteria_levels();

    @Message
    String criteria_none();
}
