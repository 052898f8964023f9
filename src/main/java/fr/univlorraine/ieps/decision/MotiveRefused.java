package fr.univlorraine.ieps.decision;

/**
 * Why an action on refusal motives, motive requests or decision letters was refused: a key of the {@code mot}
 * bundle, with the number it names when it has one. Thrown before anything is written, or out of the transaction,
 * which then writes nothing.
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
