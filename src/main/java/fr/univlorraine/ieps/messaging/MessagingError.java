package fr.univlorraine.ieps.messaging;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with a message to a selection: {@link MessagingMessages#error}. */
public enum MessagingError implements Localizable {
    NO_RECIPIENT, TOO_MANY_RECIPIENTS;

    @Override
    public String text(String lang) {
        return Localizable.bundle(MessagingMessages.class, lang).error(this);
    }
}
