package fr.univlorraine.ieps.kernel;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A text the reader gets in their language, named by a constant rather than a message key: error codes, field
 * labels, confirmations. Each implementation is an enum whose feature's message bundle has a method taking it
 * ({@code String error(DocumentError e)}), so that Qute writes the text of every constant from the localized
 * files and a constant without its text, in French or English, fails the build.
 */
public interface Localizable {

    /** The text in this language ("fr", "en"). */
    String text(String lang);

    /** A feature's message bundle in this language ("fr", "en"), for the texts made in Java. */
    static <B> B bundle(Class<B> messages, String lang) {
        return MessageBundles.get(messages, Localized.Literal.of(lang));
    }

    /** A stable code for machines (JSON under /api, logs): the constant's name. */
    default String code() {
        return this instanceof Enum<?> constant ? constant.name() : getClass().getSimpleName();
    }
}
