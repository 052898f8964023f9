package fr.univlorraine.ieps.decision;

/**
 * Why an action on refusal motives, motive requests or decision letters was refused, with the number it names when
 * it has one. Thrown before anything is written, or out of the transaction, which then writes nothing.
 */
public class MotiveRefused extends RuntimeException {

    public final MotiveRefusal reason;
    public final int count;

    public MotiveRefused(MotiveRefusal reason) {
        this(reason, 0);
    }

    public MotiveRefused(MotiveRefusal reason, int count) {
        super(reason.name());
        this.reason = reason;
        this.count = count;
    }

    /** The motive is cited by decisions: the page says by how many. */
    public boolean inUse() {
        return reason == MotiveRefusal.IN_USE;
    }
}
