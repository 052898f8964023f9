package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The confirmations of the documents pages (candidate, secretariat, checklist): {@link DocumentMessages#flash}. */
public enum DocumentFlash implements Localizable {
    uploaded, notconcerned, validated, refused, complete, incomplete,
    type, checklist;

    @Override
    public String text(String lang) {
        return MessageBundles.get(DocumentMessages.class, Localized.Literal.of(lang)).flash(this);
    }
}
