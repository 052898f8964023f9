package fr.univlorraine.ieps.application;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the submission, as {sub:key}: the summary to confirm, the submitted dossier read back, the candidate's
 * links to their receipt and dossier PDFs, the completion deadline on the status page, the receipt mail's details.
 * Files: messages/sub_fr.properties (default) and sub_en.properties.
 */
@MessageBundle(value = "sub", locale = "fr")
public interface SubmissionMessages {

    String confirm_title(String level);

    String confirm_lead();

    String confirm_deadline(String date);

    String confirm_check();

    String confirm_button();

    String confirm_edit();

    String confirm_unfinished_edit();

    String submitted_title(String level);

    String submitted_lead(String date);

    String submitted_back();

    String answers_title();

    String answers_none();

    String answers_yes();

    String answers_no();

    String pieces_title();

    String pieces_none();

    String pieces_link();

    String piece_not_concerned();

    String piece_size(Integer kb);

    String piece_pages(Integer n);

    String links_submitted();

    String links_dossier_pdf();

    String status_completion_deadline();

    String status_completion_notice(String date);

    String dossier_pdf_unavailable_title();

    String dossier_pdf_not_submitted();

    String receipt_sha256();

    String receipt_sha256_note();

    String mail_hello_name(String name);

    String mail_pieces_title();

    String mail_piece(String label, String file);

    String mail_piece_not_concerned(String label);

    String mail_next_title();

    String mail_next_check();

    String mail_next_decisions(String date);

    String mail_next_offer(Integer days);

    String mail_receipt_pdf(String url);

    /** Why the summary page did not submit: keys problem_<CONSTANT>. */
    @Message
    String problem(SubmissionProblem problem);
}
