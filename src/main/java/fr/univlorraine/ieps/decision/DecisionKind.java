package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Transition;

/** What the heads decide for a dossier, and the move of the state machine it leads to once published. */
public enum DecisionKind {
    ADMIT(Transition.ADMIT),
    WAITLIST(Transition.WAITLIST),
    REJECT(Transition.REJECT);

    public final Transition transition;

    DecisionKind(Transition transition) {
        this.transition = transition;
    }
}
