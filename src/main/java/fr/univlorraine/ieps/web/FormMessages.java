package fr.univlorraine.ieps.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of forms (labels, hints, field errors, error summary) and of error pages, as {form:key}.
 * Files: messages/form_fr.properties (default) and messages/form_en.properties. A separate bundle
 * keeps each one small: Quarkus looks a key up by comparing it with every key of its bundle.
 */
@MessageBundle(value = "form", locale = "fr")
public interface FormMessages {

    String errors_title(Integer count);

    String error_separator();

    String required_mark();

    String chars_between(Integer min, Integer max);

    String chars_max(Integer max);

    String choose();

    String error_code(Integer status);

    String error_503_title();

    String error_login_server_down();

    String error_login_server_retry();

    String error_database_down();

    String error_database_retry();

    String edit_title(String level);

    String edit_lead(String date);

    /** Shown by the browser when it puts back changes a POST could not save (an expired session, a conflict). */
    String restored_notice();

    /** The background save of the dossier form: what its status line says (the script only shows these). */
    String autosave_hint(Integer seconds);

    String autosave_saved(String time);

    String autosave_invalid(Integer count);

    String autosave_conflict();

    String autosave_refused(String reason);

    String autosave_offline();

    String conflict_choice();

    String conflict_reload();

    String edit_incomplete_notice();

    String edit_sections();

    String section_route();

    String section_identity();

    String section_degrees();

    String section_experience();

    String section_project();

    String section_research();

    String section_employer();

    String section_funding();

    String section_declarations();

    String civility_none();

    String civility_MME();

    String civility_M();

    String civility_X();

    String degrees_hint();

    String degree_n(Integer n);

    String degree_remove(Integer n);

    String degree_add();

    String experiences_hint();

    String experience_n(Integer n);

    String experience_remove(Integer n);

    String experience_add();

    String edit_submit_note(String date);

    String action_save();

    String action_submit();

    String documents_text();

    String documents_link();

    String error_413_title();

    String err_request_too_large(Integer max);

    String error_413_back();

    /** What is wrong with a field: keys field_error_$<CONSTANT>. */
    @Message
    String field_error(FieldError error);

    /** Titles and texts of the error pages: keys page_error_$<CONSTANT>. */
    @Message
    String page_error(ErrorText text);
}
