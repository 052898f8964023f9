package fr.univlorraine.ieps.messaging;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the message forms: {@link MessagingMessages#label}. */
public enum MessageField implements Localizable {
    ids, body;

    @Override
    public String text(String lang) {
        return Localizable.bundle(MessagingMessages.class, lang).label(this);
    }
}
