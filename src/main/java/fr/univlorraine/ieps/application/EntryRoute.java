package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** The three ways into the master (brochure): initial studies, work-study, continuing education. */
public enum EntryRoute implements Localizable {
    INITIALE, ALTERNANCE, CONTINUE;

    /** The route in this language, for text made in Java (exports, charts, printed documents). */
    @Override
    public String text(String lang) {
        return Localizable.bundle(ApplicationMessages.class, lang).route(this);
    }
}
