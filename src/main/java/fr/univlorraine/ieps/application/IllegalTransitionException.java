package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Actor;

/** A move the state machine does not allow; pages answer it with 409 and a clear message. */
public class IllegalTransitionException extends RuntimeException {

    public final Transition transition;
    public final ApplicationStatus current;

    public IllegalTransitionException(Transition transition, ApplicationStatus current, Actor actor) {
        super("Transition " + transition + " not allowed from " + current + " for " + actor);
        this.transition = transition;
        this.current = current;
    }
}
