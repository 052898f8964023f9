package fr.univlorraine.ieps.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the admin pages of the teaching team and the rubric, as {adm:key}.
 * Files: messages/adm_fr.properties (default) and messages/adm_en.properties.
 */
@MessageBundle(value = "adm", locale = "fr")
public interface ReviewAdminMessages {

    @Message
    String team_title();
}
