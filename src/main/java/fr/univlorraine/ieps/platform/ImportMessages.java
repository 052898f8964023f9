package fr.univlorraine.ieps.platform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the import of the national platform's files (upload, mapping, preview, result), as {pimp:key}.
 * Files: messages/pimp_fr.properties (default) and messages/pimp_en.properties.
 */
@MessageBundle(value = "pimp", locale = "fr")
public interface ImportMessages {

    String upload_title(String level, String campaign);

    String upload_lead();

    String upload_kind_legend();

    String file_hint(long maxMb);

    String upload_button();

    String result_candidates(long created, long updated);

    String result_outcomes(long updated, long leftAsIs);

    String result_next();

    String steps_label();

    String step_upload();

    String step_mapping();

    String step_preview();

    String mapping_title();

    String mapping_lead(String file, int rows);

    String mapping_saved_hint();

    String mapping_columns_legend();

    String mapping_optional();

    String option_none();

    String option_label(String header, String example);

    String mapping_words_legend();

    String mapping_words_hint();

    String mapping_words_button();

    String mapping_words_first();

    String word_empty();

    String outcome_choose();

    String outcome_leave();

    String word_label(String word);

    String mapping_button();

    String other_file();

    String preview_title();

    String preview_lead(String file, int rows);

    String preview_counts_candidates(long created, long updated);

    String preview_counts_outcomes(long updated, long leftAsIs);

    String preview_recheck();

    String problems_title(int count);

    String problems_nothing_written();

    String problems_caption();

    String row_mapping();

    String col_row();

    String col_field();

    String col_problem();

    String col_value();

    String first_rows_title(int shown, int total);

    String col_number();

    String col_name();

    String col_email();

    String col_birth_date();

    String col_diploma();

    String col_route();

    String col_action();

    String col_dossier();

    String col_outcome();

    String action_new();

    String action_update();

    String outcome_unchanged();

    String confirm_hint();

    String confirm_button();

    String change_mapping();

    /** The line of an imported dossier's history, in the dossier's language (French). */
    String history_imported();

    /** A kind of file: keys kind_CONSTANT. */
    @Message
    String kind(ImportKind kind);

    /** What a kind of file is for: keys kind_hint_CONSTANT. */
    @Message
    String kind_hint(ImportKind kind);

    /** A field of the upload form: keys upload_field_constant. */
    @Message
    String upload_field(ImportField field);

    /** A field of the app a column fills: keys field_$CONSTANT. */
    @Message
    String field(MappingField field);

    /** What is wrong: keys error_$CONSTANT. */
    @Message
    String error(ImportError error);
}
