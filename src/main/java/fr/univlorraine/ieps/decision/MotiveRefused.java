package fr.univlorraine.ieps.decision;

/**
 * Why an action on refusal motives or motive requests was refused: a key of the {@code mot} bundle, with
 * the number it names when it has one. Thrown from a transaction, so nothing of the action is written.
 */
public class MotiveRefused extends RuntimeException {

    public final String messageKey;
    public final int count;

    public MotiveRefused(String messageKey) {
        this(messageKey, 0);
    }

    public MotiveRefused(String messageKey, int count) {
        super(messageKey);
        this.messageKey = messageKey;
        this.count = count;
    }
}
