package fr.univlorraine.ieps.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the candidate's rights page, its archive and its mails, as {rights:key}: messages/rights_{fr,en}.properties. */
@MessageBundle(value = "rights", locale = "fr")
public interface RightsMessages {

    String title();

    String back();

    String lead();

    /** The link from the candidate's applications page: heading, text, link. */
    String list_heading();

    String list_text();

    String list_link();

    String download_heading();

    String download_intro();

    String download_json();

    String download_pieces();

    String download_withheld_intro();

    String download_button();

    String download_logged();

    String correct_heading();

    String correct_intro();

    String no_dossier();

    String dossier_status();

    String dossier_reference();

    String correct_in_form();

    String correct_by_message();

    String dossier_in_progress();

    String delete_heading();

    String delete_intro();

    String delete_drafts(long count);

    String delete_kept();

    String delete_forget();

    String delete_login_url();

    String delete_login_link();

    String delete_login_else(String email);

    String delete_login_none(String email);

    String delete_confirmed();

    String retention_heading();

    String retention_why();

    String retention_campaign(String code);

    String retention_drafts(int days);

    String retention_not_admitted(int months, int appeal);

    String retention_withdrawn(int months, int appeal);

    String retention_enrolled(int days);

    String delete_blocked();

    String confirm_text();

    String delete_button();

    /** The archive's JSON: what it is. */
    String json_about();

    /** The archive's JSON: a piece whose file could not be found. */
    String json_piece_missing();

    String mail_data_downloaded_subject();

    String mail_data_downloaded_body(String at);

    String mail_data_downloaded_not_you();

    String mail_data_downloaded_link(String url);

    String mail_account_deleted_subject();

    String mail_account_deleted_body(String at);

    String mail_account_deleted_kept();

    String mail_account_deleted_login();

    String mail_account_deleted_link(String url);

    /** What the archive leaves out, and why: keys withheld_<CONSTANT>. */
    @Message
    String withheld(MyDataWithheld reason);

    /** The label of a field, in the error summary: keys label_<field>. */
    @Message
    String label(RightsField field);

    /** Why the account was not deleted: keys error_<CONSTANT>. */
    @Message
    String error(RightsError error);
}
