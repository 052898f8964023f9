package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with a document, an upload or the checklist: {@link DocumentMessages#error}. */
@io.quarkus.qute.TemplateEnum
public enum DocumentError implements Localizable {
    DOCUMENTS_MISSING, NOT_CONCERNED_NOT_ALLOWED, REFUSAL_REASON_REQUIRED, COMPLETE_NEEDS_VALIDATION, INCOMPLETE_NEEDS_REFUSAL, NOT_UNDER_CHECK,
    FILE_MISSING, FILE_EMPTY, FILE_TOO_LARGE, FILE_TYPE, FILE_TYPE_NOT_ACCEPTED, FILE_EXECUTABLE,
    FILE_POLYGLOT, PDF_ENCRYPTED, PDF_CORRUPT, IMAGE_CORRUPT, IMAGE_TOO_LARGE, REASON_REQUIRED,
    TYPE_CODE, TYPE_CODE_TAKEN, FORMATS_REQUIRED, MAX_SIZE, UPLOAD_CONFLICT, TEMPLATE_TYPE, TEMPLATE_TOO_LARGE,
    PHOTOS_ONLY, ONE_FILE_ONLY, TOO_MANY_PHOTOS, REMOVE_CONFLICT, REMOVE_VALIDATED,
    NONE_SELECTED, NOTHING_PENDING, DEADLINE_REQUIRED, DEADLINE_INVALID, DEADLINE_NOT_FUTURE, DEADLINE_AFTER_REVIEW;

    /** The code of the JSON API for this error, as it was before errors were typed: {@code err_file_type}. */
    public String apiCode() {
        return "err_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(DocumentMessages.class, lang).error(this);
    }
}
