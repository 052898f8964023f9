package fr.univlorraine.ieps.documents;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the documents pages, as {doc:key}.
 * Files: messages/doc_fr.properties (default) and messages/doc_en.properties.
 */
@MessageBundle(value = "doc", locale = "fr")
public interface DocumentMessages {

    @Message
    String pieces_title();

    @Message
    String pieces_lead();

    @Message
    String back_to_form();

    @Message
    String read_only();

    @Message
    String incomplete_notice(String deadline);

    @Message
    String req_MANDATORY();

    @Message
    String req_OPTIONAL();

    @Message
    String req_CONDITIONAL();

    @Message
    String formats(String formats, Integer max);

    @Message
    String max_size(Integer max);

    @Message
    String doc_status_MISSING();

    @Message
    String doc_status_PENDING();

    @Message
    String doc_status_VALIDATED();

    @Message
    String doc_status_REFUSED();

    @Message
    String doc_status_NOT_CONCERNED();

    @Message
    String size_kb(Integer kb);

    @Message
    String uploaded_on(String date);

    @Message
    String refused_because(String reason);

    @Message
    String not_concerned_because(String reason);

    @Message
    String choose_label();

    @Message
    String replace_label();

    @Message
    String upload_button();

    @Message
    String replace_button();

    @Message
    String progress_label();

    @Message
    String not_concerned_summary();

    @Message
    String not_concerned_reason();

    @Message
    String not_concerned_button();

















    @Message
    String inbox_title();

    @Message
    String inbox_lead();

    @Message
    String inbox_counts();

    @Message
    String filter_status();

    @Message
    String filter_level();

    @Message
    String filter_order();

    @Message
    String filter_all();

    @Message
    String order_oldest();

    @Message
    String order_newest();

    @Message
    String filter_apply();

    @Message
    String inbox_empty();

    @Message
    String inbox_caption(Integer count);

    @Message
    String col_candidate();

    @Message
    String col_submitted();

    @Message
    String col_to_check();

    @Message
    String col_contact();

    @Message
    String back_to_inbox();

    @Message
    String dossier_title(String reference);

    @Message
    String deadline(String date);

    @Message
    String pages(Integer n);

    @Message
    String candidate_not_concerned(String reason);

    @Message
    String validate_button();

    @Message
    String refuse_reason();

    @Message
    String refuse_button();

    @Message
    String decision_title();

    @Message
    String complete_title();

    @Message
    String complete_text();

    @Message
    String complete_button();

    @Message
    String incomplete_title();

    @Message
    String incomplete_message();

    @Message
    String incomplete_button();

    @Message
    String network_error();

    @Message
    String pdf_refused_too_complex();

    @Message
    String pdf_refused_xfa();

    @Message
    String pdf_refused_embedded_file();

    @Message
    String pdf_refused_javascript();

    @Message
    String pdf_refused_action();

    @Message
    String pdf_refused_automatic_action();

    @Message
    String pdf_refused_link();

    @Message
    String pdf_refused_media();

    @Message
    String pdf_refused_trailing_data();

    @Message
    String pdf_refused_polyglot();

    @Message
    String upload_conflict();

    @Message
    String pdf_part_unavailable();

    @Message
    String zip_dossier_failed(String reference);

    @Message
    String pdf_title(String level, String campaign);

    @Message
    String pdf_generated(String date);

    @Message
    String pdf_footer();

    @Message
    String pdf_link();

    @Message
    String pdf_blind();

    @Message
    String pdf_none();

    @Message
    String pdf_reference();

    @Message
    String pdf_years();

    @Message
    String receipt_link();

    @Message
    String receipt_title();

    @Message
    String receipt_lead();

    @Message
    String receipt_candidate();

    @Message
    String receipt_track();

    @Message
    String receipt_route();

    @Message
    String receipt_submitted();

    @Message
    String receipt_paris_time(String date);

    @Message
    String receipt_documents();

    @Message
    String receipt_col_document();

    @Message
    String receipt_col_file();

    @Message
    String receipt_col_received();

    @Message
    String receipt_note();

    @Message
    String receipt_issued(String date);

    @Message
    String receipt_signer();

    @Message
    String receipt_footer(String reference);

    @Message
    String receipt_unavailable_title();

    @Message
    String receipt_not_submitted();

    @Message
    String receipt_back();

    @Message
    String document_history();

    @Message
    String document_history_empty();

    @Message
    String action_UPLOADED();

    @Message
    String action_REPLACED();

    @Message
    String action_NOT_CONCERNED();

    @Message
    String action_VALIDATED();

    @Message
    String action_REFUSED();

    @Message
    String col_select();

    @Message
    String select_dossier(String reference);

    @Message
    String zip_button();

    @Message
    String zip_hint(Integer n);

    @Message
    String admin_title();

    @Message
    String admin_lead();

    @Message
    String admin_matrix_title();

    @Message
    String admin_matrix_text();

    @Message
    String admin_matrix_caption(String level);

    @Message
    String admin_col_type();

    @Message
    String admin_cell_label(String type, String route);

    @Message
    String admin_not_asked();

    @Message
    String admin_save_checklist();

    @Message
    String admin_types_title();

    @Message
    String admin_save_type();

    @Message
    String admin_new_type();

    @Message
    String admin_code_hint();

    @Message
    String admin_add_type();

    @Message
    String route_INITIALE();

    @Message
    String route_ALTERNANCE();

    @Message
    String route_CONTINUE();

    @Message
    String route_VAP();
}
