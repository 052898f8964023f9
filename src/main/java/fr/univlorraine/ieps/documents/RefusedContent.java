package fr.univlorraine.ieps.documents;

/** Why an upload is refused: a message key the pages translate. Nothing is written when it is thrown. */
public final class RefusedContent extends Exception {

    public final String messageKey;

    public RefusedContent(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }
}
