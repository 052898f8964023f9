package fr.univlorraine.ieps.ranking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the heads' dashboard, as {dash:key}.
 * Files: messages/dash_fr.properties (default) and messages/dash_en.properties.
 */
@MessageBundle(value = "dash", locale = "fr")
public interface DashboardMessages {

    @Message
    String dash_title();
}
