package fr.univlorraine.ieps.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the retention rules' page (admin) and of the purges' page (DPO, admin), as {ret:key}.
 * Files: messages/ret_fr.properties (default) and messages/ret_en.properties.
 */
@MessageBundle(value = "ret", locale = "fr")
public interface RetentionMessages {

    String rules_title();

    String rules_lead();

    String rules_no_campaign();

    String rules_form_title(String code);

    String rules_form_lead();

    String rules_save();

    String rules_all_title();

    String rules_all_caption();

    String rules_edit();

    String rules_edit_label(String code);

    String rules_shown();

    String rules_purges_link();

    String col_campaign();

    String col_draft();

    String col_not_admitted();

    String col_withdrawn();

    String col_enrolled();

    String col_actions();

    String col_due_now();

    String days(int count);

    String months(int count);

    /** The label of a field of the rules' page: keys field_<field>. */
    @Message
    String field(RetentionField field);

    /** The explanation under a field of the rules' page: keys hint_<field>. */
    @Message
    String hint(RetentionField field);

    /** What is wrong with a rule typed or a purge asked for: keys error_<constant>. */
    @Message
    String error(RetentionError error);

    /** The confirmations: keys flash_<constant>. */
    @Message
    String flash(RetentionFlash flash);

    /** A retention rule's name: keys rule_<constant>. */
    @Message
    String rule(RetentionRule rule);

    /** The field of a purge started by the admin: keys purge_field_<constant>. */
    @Message
    String purge_field(PurgeField field);

    String purges_title();

    String purges_lead();

    String purges_mode_dry();

    String purges_mode_real();

    String purges_kept();

    String purges_rules_link();

    String in_force_title();

    String in_force_caption();

    String due_title();

    String due_lead();

    String due_none();

    String due_caption(int count);

    String col_reference();

    String col_track();

    String col_status();

    String col_rule();

    String col_due();

    String no_reference();

    String imported();

    String purge_now();

    String purge_now_title();

    String purge_now_lead();

    String purge_now_legend(String code, int count);

    String purge_now_label(String code);

    String purge_confirm_box(int count);

    String purge_confirm();

    String nothing_due();

    String reports_title();

    String reports_lead();

    String reports_none();

    String reports_caption(int count);

    String col_ran_at();

    String col_dossiers();

    String col_files();

    String col_failed();

    String col_kind();

    String col_by();

    String report_dry();

    String report_real();

    String report_by_job();

    String report_nothing();
}
