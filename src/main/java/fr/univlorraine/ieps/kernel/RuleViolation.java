package fr.univlorraine.ieps.kernel;

/** Why a request was refused by a rule; pages turn the key into a message. */
public class RuleViolation extends RuntimeException {
    public final String messageKey;

    public RuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }
}
