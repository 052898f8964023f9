package fr.univlorraine.ieps.operations;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The confirmations of the mails page: {@link OperationsMessages#flash}. */
public enum MailFlash implements Localizable {
    /** The mail is back in the queue. */
    resent,
    /** The mail was no longer failed (sent again from another page or by someone else): nothing changed. */
    unchanged;

    @Override
    public String text(String lang) {
        return MessageBundles.get(OperationsMessages.class, Localized.Literal.of(lang)).flash(this);
    }
}
