package fr.univlorraine.ieps.documents;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the documents pages, as {doc:key}.
 * Files: messages/doc_fr.properties (default) and messages/doc_en.properties.
 */
@MessageBundle(value = "doc", locale = "fr")
public interface DocumentMessages {

    String pieces_title();

    String pieces_lead();

    String back_to_form();

    String read_only();

    String incomplete_notice(String deadline);

    String formats(String formats, Integer max);

    String max_size(Integer max);

    String size_kb(Integer kb);

    String uploaded_on(String date);

    String refused_because(String reason);

    String not_concerned_because(String reason);

    String choose_label();

    String replace_label();

    String upload_button();

    String replace_button();

    String progress_label();

    String not_concerned_summary();

    String not_concerned_reason();

    String not_concerned_button();

    String inbox_title();

    String inbox_lead();

    String inbox_counts();

    String filter_status();

    String filter_level();

    String filter_order();

    String filter_all();

    String order_oldest();

    String order_newest();

    String filter_apply();

    String inbox_empty();

    String inbox_caption(Integer count);

    String col_candidate();

    String col_submitted();

    String col_to_check();

    String col_contact();

    String back_to_inbox();

    String dossier_title(String reference);

    String deadline(String date);

    String pages(Integer n);

    String candidate_not_concerned(String reason);

    String validate_button();

    String refuse_reason();

    String refuse_button();

    String decision_title();

    String complete_title();

    String complete_text();

    String complete_button();

    String incomplete_title();

    String incomplete_message();

    String incomplete_button();

    String network_error();

    String pdf_part_unavailable();

    String zip_dossier_failed(String reference);

    String pdf_title(String level, String campaign);

    String pdf_generated(String date);

    String pdf_footer();

    String pdf_link();

    String pdf_blind();

    /** The civility before the name on the dossier's cover, short as in an address ("Mme Camille Lefèvre"). */
    String pdf_civility_MME();

    String pdf_civility_M();

    String pdf_none();

    String pdf_reference();

    String pdf_years();

    String receipt_link();

    String receipt_title();

    String receipt_lead();

    String receipt_candidate();

    String receipt_track();

    String receipt_route();

    String receipt_submitted();

    String receipt_paris_time(String date);

    String receipt_documents();

    String receipt_col_document();

    String receipt_col_file();

    String receipt_col_received();

    String receipt_note();

    String receipt_issued(String date);

    String receipt_signer();

    String receipt_footer(String reference);

    String receipt_unavailable_title();

    String receipt_not_submitted();

    String receipt_back();

    String document_history();

    String document_history_empty();

    String col_select();

    String select_dossier(String reference);

    String zip_button();

    String zip_hint(Integer n);

    String admin_title();

    String admin_lead();

    String admin_matrix_title();

    String admin_matrix_text();

    String admin_matrix_caption(String level);

    String admin_col_type();

    String admin_cell_label(String type, String route);

    String admin_not_asked();

    String admin_save_checklist();

    String admin_types_title();

    String admin_save_type();

    String admin_new_type();

    String admin_code_hint();

    String admin_add_type();

    /** The model of a type on the admin's page: what it is for, and its largest size in MB. */
    String admin_template_hint(long max);

    String admin_template_current();

    String admin_template_none();

    String admin_template_button();

    /** The link to a type's model, for candidates: the name of the file. */
    String template_download(String name);
    String req_not_yet();

    String uploaded_piece(String piece);

    String notconcerned_piece(String piece);

    String removed_piece(String piece);

    String remove_button();

    String remove_label(String piece);

    String remove_confirm();

    String photos_hint();

    /** What staff read for a piece the dossier's answers do not call for yet: keys not_yet_$<CONSTANT>. */
    @Message
    String not_yet(RequiredWhen condition);

    /** What the candidate reads for a piece their answers do not call for yet: keys not_yet_candidate_$<CONSTANT>. */
    @Message
    String not_yet_candidate(RequiredWhen condition);

    String doc_missing();

    /** Whether a document is required: keys req_<CONSTANT>. */
    @Message
    String req(Requirement requirement);

    /** Where a document stands: keys doc_status_$<CONSTANT>. */
    @Message
    String doc_status(DocumentStatus status);

    /** A line of a document's history: keys action_$<CONSTANT>. */
    @Message
    String action(DocumentEvent.Action action);

    /** Why a PDF is refused and what to do: keys pdf_refused_$<CONSTANT>. */
    @Message
    String pdf_refused(PdfRefusal refusal);

    /** What is wrong with a document or the checklist: keys error_$<CONSTANT>. */
    @Message
    String error(DocumentError error);

    /** The label of a field of the checklist page: keys label_<field>. */
    @Message
    String label(ChecklistField field);

    /** The label of a field the secretariat writes in: keys check_label_<field>. */
    @Message
    String check_label(CheckField field);

    /** The confirmation after a redirect (?ok=...): keys flash_<constant>. */
    @Message
    String flash(DocumentFlash flash);

    /** A route of the checklist (the three entry routes and VAP on top): keys route_<CONSTANT>. */
    @Message
    String route(ChecklistRoute route);

    String pdf_themes();

    // the secretariat's faster check: several pieces at once, the completion deadline, the resubmission date

    String ready_to_complete();

    String bulk_title();

    String bulk_hint();

    String bulk_validate_button();

    String all_valid_button();

    String all_valid_hint();

    String select_piece(String piece);

    String check_progress_label();

    String progress_pending();

    String progress_validated();

    String progress_refused();

    String progress_missing();

    String deadline_label();

    String deadline_hint(String latest);

    String resubmitted_on(String date);

    String status_resubmitted();

    String receipt_resubmitted();

    String zip_none_selected();

    String zip_all_button();

    String select_all();

    String live_failed();
}
