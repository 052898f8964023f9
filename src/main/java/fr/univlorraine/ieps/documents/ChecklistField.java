package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The fields of the admin's checklist page: {@link DocumentMessages#label}. */
public enum ChecklistField implements Localizable {
    code, labelFr, labelEn, helpFr, helpEn, formats,
    maxSizeMb, checklist;

    @Override
    public String text(String lang) {
        return MessageBundles.get(DocumentMessages.class, Localized.Literal.of(lang)).label(this);
    }
}
