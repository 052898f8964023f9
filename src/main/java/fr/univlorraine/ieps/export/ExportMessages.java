package fr.univlorraine.ieps.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the secretariat's exports and enrolment pages, and the headers of the exported files, as {exp:key}.
 * Files: messages/exp_fr.properties (default) and messages/exp_en.properties.
 */
@MessageBundle(value = "exp", locale = "fr")
public interface ExportMessages {

    @Message
    String nav_exports();

    @Message
    String exports_title();

    @Message
    String exports_lead(String campaign);

    @Message
    String exports_csv_hint();

    @Message
    String exports_none();

    @Message
    String exports_caption(String level);

    @Message
    String exports_enrolment_link();

    @Message
    String col_list();

    @Message
    String col_count();

    @Message
    String col_download();

    @Message
    String list_ACCEPTED();

    @Message
    String list_WAITLIST();

    @Message
    String list_APPLICATIONS();

    @Message
    String sheet_ACCEPTED();

    @Message
    String sheet_WAITLIST();

    @Message
    String sheet_APPLICATIONS();

    @Message
    String download_label(String list, String level, String format);

    @Message
    String col_reference();

    @Message
    String col_level();

    @Message
    String col_last_name();

    @Message
    String col_first_name();

    @Message
    String col_email();

    @Message
    String col_phone();

    @Message
    String col_route();

    @Message
    String col_vap();

    @Message
    String col_status();

    @Message
    String col_accepted_at();

    @Message
    String col_enrolled();

    @Message
    String col_rank();

    @Message
    String col_published_rank();

    @Message
    String col_submitted_at();

    @Message
    String col_updated_at();

    @Message
    String col_action();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String no_reference();

    @Message
    String enrol_title();

    @Message
    String enrol_lead();

    @Message
    String enrol_caption(String level, int count);

    @Message
    String enrol_empty(String level);

    @Message
    String enrol_button();

    @Message
    String enrol_button_for(String reference);

    @Message
    String enrol_exports_link();

    @Message
    String outcome_ENROLLED(String reference);

    @Message
    String outcome_ALREADY_ENROLLED(String reference);

    @Message
    String outcome_NOT_ACCEPTED(String reference, String status);

    @Message
    String outcome_UNKNOWN();
}
