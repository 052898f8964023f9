package fr.univlorraine.ieps.enrolment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the enrolment sheet (the candidate's page, the status page's reminder), as {enr:key}.
 * Files: messages/enr_fr.properties (default) and messages/enr_en.properties.
 */
@MessageBundle(value = "enr", locale = "fr")
public interface EnrolmentMessages {

    String sheet_title();

    String sheet_back();

    String sheet_lead(String level);

    String sheet_prefilled();

    String sheet_identity();

    String sheet_address();

    String sheet_diploma();

    String sheet_save();

    String sheet_saved_note(String date);

    String sheet_closed_enrolled();

    String sheet_closed_other(String status);

    String sheet_sent_title();

    String sheet_no_ine();

    String hint_birthDate();

    String hint_birthPlace();

    String hint_ine();

    String hint_lastDiploma();

    String hint_lastDiplomaYear();

    String civility_none();

    String status_sheet_due_title();

    String status_sheet_due_text();

    String status_sheet_due_link();

    String status_done_text(String date);

    String status_done_link();

    /** A field's label: keys label_<constant>. */
    @Message
    String label(SheetField field);

    /** What is wrong: keys error_<CONSTANT>. */
    @Message
    String error(SheetError error);

    /** A confirmation: keys flash_<constant>. */
    @Message
    String flash(SheetFlash flash);

    /** keys civility_<CONSTANT>. */
    @Message
    String civility(Civility civility);
}
