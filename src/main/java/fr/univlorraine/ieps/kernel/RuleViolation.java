package fr.univlorraine.ieps.kernel;

/** Why a request was refused by a rule: a typed error whose text the feature's bundle holds. */
public class RuleViolation extends RuntimeException {
    public final Localizable error;

    public RuleViolation(Localizable error) {
        super(error.code());
        this.error = error;
    }
}
