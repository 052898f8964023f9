package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.application.DataCategory;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the data protection officer's hub and of the records of processing, as {rec:key}:
 * messages/rec_fr.properties (default) and rec_en.properties.
 */
@MessageBundle(value = "rec", locale = "fr")
public interface RecordsMessages {

    String nav_dpo();

    String hub_title();

    String hub_lead();

    String hub_journal_title();

    String hub_journal_text();

    String hub_purges_title();

    String hub_purges_text();

    String hub_records_title();

    String hub_records_text();

    String hub_no_dossier();

    String records_title();

    String records_subtitle();

    /** When the page was drawn from the configuration. */
    String records_generated(String when);

    String records_language_note();

    String records_print();

    String records_pdf();

    String records_contents();

    String controller_title();

    String controller_label();

    String dpo_label();

    String secretariat_label();

    String site_label();

    String purposes_title();

    String purpose_review();

    String purpose_decide();

    String purpose_inform();

    String purpose_enrol();

    String purpose_minutes();

    String purpose_no_automated_decision();

    String legal_title();

    String legal_text();

    String people_title();

    String people_candidates();

    String people_staff();

    String data_title();

    String data_caption();

    String col_category();

    String col_collected();

    /** The fields of the application form that collect a category. */
    String from_form(String fields);

    String from_sheet(String fields);

    String from_documents(String types);

    /** What a category holds, as the records describe it (third person): keys category_detail_<CONSTANT>. */
    @Message
    String category_detail(DataCategory category);

    String written_by_the_app();

    String data_sensitive();

    String recipients_title();

    String recipients_caption();

    String col_role();

    String col_sees();

    /** The role's name as the records name it: keys role_name_<CONSTANT>. */
    @Message
    String role_name(RecordsRole role);

    /** What the role's pages show: keys role_sees_<CONSTANT>. */
    @Message
    String role_sees(RecordsRole role);

    String recipients_outside();

    String transfers_title();

    String transfers_text();

    String retention_title();

    String retention_lead();

    String retention_caption();

    String col_campaign();

    String col_drafts();

    String col_not_admitted();

    String col_withdrawn();

    String col_enrolled();

    String retention_draft(int days);

    String retention_after_appeal(int months);

    String retention_enrolled(int days);

    /** The appeal period: months after the decisions' publication. */
    String retention_appeal(int months);

    String retention_none();

    String retention_audit_ip(int days);

    String security_title();

    String measure_login_server(String server);

    String measure_login_dev();

    String measure_roles();

    String measure_forms();

    String measure_cookies_secure();

    String measure_cookies_plain();

    String measure_uploads(long megabytes, int pages);

    String measure_audit(int days);

    String measure_mail();

    String measure_database(String kind);

    String measure_purge();
}
