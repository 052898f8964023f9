package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The three ways into the master (brochure): initial studies, work-study, continuing education. */
public enum EntryRoute implements Localizable {
    INITIALE, ALTERNANCE, CONTINUE;

    /** The route in this language, for text made in Java (exports, charts, printed documents). */
    @Override
    public String text(String lang) {
        return MessageBundles.get(ApplicationMessages.class, Localized.Literal.of(lang)).route(this);
    }
}
