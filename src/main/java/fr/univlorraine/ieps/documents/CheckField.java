package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The fields the secretariat writes in while checking a dossier: {@link DocumentMessages#check_label}. */
public enum CheckField implements Localizable {
    reason, message, deadline;

    @Override
    public String text(String lang) {
        return MessageBundles.get(DocumentMessages.class, Localized.Literal.of(lang)).check_label(this);
    }
}
