package fr.univlorraine.ieps.kernel;

/**
 * A text the reader gets in their language, named by a constant rather than a message key: error codes, field
 * labels, confirmations. Each implementation is an enum whose feature's message bundle has a method taking it
 * ({@code String error(DocumentError e)}), so that Qute writes the text of every constant from the localized
 * files and a constant without its text, in French or English, fails the build.
 */
public interface Localizable {

    /** The text in this language ("fr", "en"). */
    String text(String lang);

    /** A stable code for machines (JSON under /api, logs): the constant's name. */
    default String code() {
        return this instanceof Enum<?> constant ? constant.name() : getClass().getSimpleName();
    }
}
