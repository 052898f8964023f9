package fr.univlorraine.ieps.platform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the platform's PDF files and of the invitations of platform candidates, as {ppdf:key}.
 * Files: messages/ppdf_fr.properties (default) and messages/ppdf_en.properties.
 */
@MessageBundle(value = "ppdf", locale = "fr")
public interface PlatformPdfMessages {

    String upload_title(String level, String campaign);

    String upload_lead();

    String rule_title();

    String rule_number();

    String rule_example();

    String rule_top();

    String rule_check(long maxMb);

    String rule_again();

    String rule_limits(int maxEntries);

    String upload_hint(long zipMb);

    String upload_button();

    String latest_title();

    String latest_caption();

    String col_when();

    String col_zip();

    String col_stored();

    String col_replaced();

    String col_unchanged();

    String col_refused();

    String col_result();

    String see_result();

    String result_title(String level, String campaign);

    String result_summary(int total, int placed, int refused);

    String result_zip(String name, String when);

    String count_stored(int count);

    String count_replaced(int count);

    String count_unchanged(int count);

    String count_refused(int count);

    String refused_title(int count);

    String refused_lead();

    String refused_none();

    String placed_title(int count);

    String col_file();

    String col_reason();

    String col_outcome();

    String col_dossier();

    String open_dossier();

    String another_zip();

    // the invitation of a platform candidate: the staff page's section, the mail, the candidate's page

    String invitation_heading();

    String invitation_status_none();

    String invitation_status_open(String email, String until);

    String invitation_status_lapsed(String when);

    String invitation_status_taken();

    String invitation_send();

    String invitation_send_again();

    String invitation_title();

    String invitation_lead(String level, String campaign);

    String invitation_reference();

    String invitation_name();

    String invitation_expires();

    String invitation_what();

    String invitation_take();

    String invitation_not_me();

    String invitation_refused_title();

    String invitation_refused_next();

    String invitation_my_applications();

    String invitation_back_to_dossier();

    String mail_subject(String reference);

    String mail_body(String level, String reference);

    String mail_link(String link);

    String mail_expiry(String until);

    String mail_ignore();

    /** Why an invitation cannot be sent or used: keys invitation_error_$<CONSTANT>. */
    @Message
    String invitation_error(InvitationError error);

    /** The confirmation on the dossier page: keys invitation_flash_<constant>. */
    @Message
    String invitation_flash(InvitationFlash flash);

    /** What became of a file: keys outcome_<CONSTANT>. */
    @Message
    String outcome(PdfImportOutcome outcome);

    /** Why a file was not stored: keys problem_$<CONSTANT>. */
    @Message
    String problem(PdfImportProblem problem);

    /** Why the whole ZIP was refused: keys error_$<CONSTANT>. */
    @Message
    String error(PdfImportError error);

    /** The label of the upload's field: keys label_<field>. */
    @Message
    String label(PdfImportField field);
}
