package fr.univlorraine.ieps.documents;

/** Why an upload is refused: a message key the UI translates. */
public final class RefusedContent extends Exception {

    private static final long serialVersionUID = 1L;

    public final String messageKey;

    public RefusedContent(String messageKey) {
        // An expected outcome of user input, not a bug: no stack trace to fill or log.
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }
}
