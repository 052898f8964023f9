package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.kernel.Localizable;

/** Titles and texts of the error pages ({@link ErrorPages}): {@link FormMessages#page_error}. */
public enum ErrorText implements Localizable {
    NOT_FOUND_TITLE, NOT_FOUND_TEXT, FORBIDDEN_TITLE, FORBIDDEN_TEXT, CONFLICT_TITLE, STALE_TEXT, REQUEST_TITLE,
    REQUEST_TEXT, UNEXPECTED_TITLE, UNEXPECTED_TEXT, CSRF_TITLE, CSRF_TEXT;

    @Override
    public String text(String lang) {
        return Localizable.bundle(FormMessages.class, lang).page_error(this);
    }
}
