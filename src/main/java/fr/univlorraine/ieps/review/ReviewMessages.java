package fr.univlorraine.ieps.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the reviewers' and assignment pages, as {rev:key}.
 * Files: messages/rev_fr.properties (default) and messages/rev_en.properties.
 */
@MessageBundle(value = "rev", locale = "fr")
public interface ReviewMessages {

    @Message
    String queue_title();
}
