package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.kernel.Localizable;

/** What the heads decide for a dossier, and the move of the state machine it leads to once published. */
public enum DecisionKind implements Localizable {
    ADMIT(Transition.ADMIT),
    WAITLIST(Transition.WAITLIST),
    REJECT(Transition.REJECT);

    public final Transition transition;

    DecisionKind(Transition transition) {
        this.transition = transition;
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(DecisionMessages.class, lang).kind(this);
    }
}
