package fr.univlorraine.ieps.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the secretariat's exports and enrolment pages, and the headers of the exported files, as {exp:key}.
 * Files: messages/exp_fr.properties (default) and messages/exp_en.properties.
 */
@MessageBundle(value = "exp", locale = "fr")
public interface ExportMessages {

    String nav_exports();

    String exports_title();

    String exports_lead(String campaign);

    String exports_csv_hint();

    String exports_none();

    String exports_caption(String level);

    String exports_enrolment_link();

    String col_list();

    String col_count();

    String col_download();

    String download_label(String list, String level, String format);

    String col_reference();

    String col_level();

    String col_last_name();

    String col_first_name();

    String col_email();

    String col_phone();

    String col_route();

    String col_vap();

    String col_funding();

    String col_status();

    String col_accepted_at();

    String col_enrolled();

    String col_rank();

    String col_published_rank();

    String col_submitted_at();

    String col_updated_at();

    String col_action();

    String yes();

    String no();

    String no_reference();

    String enrol_title();

    String enrol_lead();

    String enrol_caption(String level, int count);

    String enrol_empty(String level);

    String enrol_button();

    String enrol_button_for(String reference);

    String enrol_exports_link();

    String outcome_ENROLLED(String reference);

    String outcome_ALREADY_ENROLLED(String reference);

    String outcome_NOT_ACCEPTED(String reference, String status);

    String outcome_UNKNOWN();

    /** A list of the exports page: keys list_<CONSTANT>. */
    @Message
    String list(ExportList list);

    /** A worksheet name: short, and without the characters Excel forbids there; keys sheet_<CONSTANT>. */
    @Message
    String sheet(ExportList list);

    String outcome_SHEET_MISSING(String reference);

    String error_unknown_column(String column, String list);

    String picker_title(String list);

    String picker_lead();

    String picker_legend();

    String picker_level_label();

    String picker_download(String format);

    String picker_presets();

    String picker_no_presets();

    String picker_preset_meta(String by, String date);

    String picker_apply();

    String picker_apply_label(String name);

    String picker_delete();

    String picker_delete_label(String name);

    String picker_delete_confirm(String name);

    String picker_applied(String name);

    String picker_save();

    String picker_save_hint();

    String picker_default();

    String enrol_col_sheet();

    String enrol_sheet_done(String date);

    String enrol_sheet_missing();

    String enrol_waiting_sheet();

    String enrol_dossier_label(String reference);

    String enrol_pending_title();

    String enrol_pending_lead();

    String enrol_pending_caption(String level, int count);

    String enrol_pending_empty(String level);

    /** A column's header in files and on the page: keys column_<CONSTANT>. */
    @Message
    String column(ExportColumn column);

    /** What is wrong with a choice of columns: keys error_<CONSTANT>. */
    @Message
    String error(ExportError error);

    /** A field of a column picker: keys field_<constant>. */
    @Message
    String field(ExportField field);

    /** A confirmation of the exports page: keys flash_<constant>. */
    @Message
    String flash(ExportFlash flash);
}
