package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.application.ApplicationStatus.*;

import fr.univlorraine.ieps.kernel.Actor;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The admission state machine, in one place: every allowed move, from which states, to which state,
 * and by whom. Anything not listed here is refused. In short:
 * <pre>
 * DRAFT --submit (before closing, checklist complete)--> SUBMITTED
 * SUBMITTED --secretariat--> INCOMPLETE --candidate completes, resubmits--> SUBMITTED
 * SUBMITTED --secretariat--> COMPLETE --head opens review--> UNDER_REVIEW
 * UNDER_REVIEW --head publishes decisions--> ADMITTED (offer, deadline) | WAITLISTED (rank) | REJECTED (motive)
 * ADMITTED --candidate--> ACCEPTED | DECLINED ; --deadline passes--> EXPIRED
 * WAITLISTED --a place frees--> ADMITTED (automatic, next by rank, new deadline)
 * ACCEPTED --secretariat--> ENROLLED
 * any state before ACCEPTED --candidate--> WITHDRAWN
 * </pre>
 */
public enum Transition {
    SUBMIT(EnumSet.of(DRAFT), SUBMITTED, Actor.CANDIDATE),
    RESUBMIT(EnumSet.of(INCOMPLETE), SUBMITTED, Actor.CANDIDATE),
    MARK_INCOMPLETE(EnumSet.of(SUBMITTED), INCOMPLETE, Actor.SECRETARIAT),
    MARK_COMPLETE(EnumSet.of(SUBMITTED), COMPLETE, Actor.SECRETARIAT),
    OPEN_REVIEW(EnumSet.of(COMPLETE), UNDER_REVIEW, Actor.HEAD),
    ADMIT(EnumSet.of(UNDER_REVIEW), ADMITTED, Actor.HEAD),
    WAITLIST(EnumSet.of(UNDER_REVIEW), WAITLISTED, Actor.HEAD),
    REJECT(EnumSet.of(UNDER_REVIEW), REJECTED, Actor.HEAD),
    ACCEPT(EnumSet.of(ADMITTED), ACCEPTED, Actor.CANDIDATE),
    DECLINE(EnumSet.of(ADMITTED), DECLINED, Actor.CANDIDATE),
    EXPIRE(EnumSet.of(ADMITTED), EXPIRED, Actor.SYSTEM),
    PROMOTE(EnumSet.of(WAITLISTED), ADMITTED, Actor.SYSTEM),
    ENROL(EnumSet.of(ACCEPTED), ENROLLED, Actor.SECRETARIAT),
    WITHDRAW(EnumSet.of(DRAFT, SUBMITTED, INCOMPLETE, COMPLETE, UNDER_REVIEW, ADMITTED, WAITLISTED),
            WITHDRAWN, Actor.CANDIDATE);

    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;
    private final Set<Actor> actors;

    Transition(Set<ApplicationStatus> from, ApplicationStatus to, Actor actor) {
        this.from = from;
        this.to = to;
        this.actors = EnumSet.of(actor);
    }

    public ApplicationStatus target() {
        return to;
    }

    public boolean allows(ApplicationStatus current, Actor actor) {
        return from.contains(current) && actors.contains(actor);
    }

    /** A refusal needs its motive; every other move may carry an optional reason. */
    public boolean requiresReason() {
        return this == REJECT;
    }

    /** Throws when the move is not allowed from {@code current} for {@code actor}. */
    public void check(ApplicationStatus current, Actor actor, String reason) {
        if (!allows(current, actor)) {
            throw new IllegalTransitionException(this, current, actor);
        }
        if (requiresReason() && (reason == null || reason.isBlank())) {
            throw new IllegalTransitionException(this, current, actor);
        }
    }

    /** The transition that leads from one state to another, if the machine has one. */
    public static Optional<Transition> between(ApplicationStatus from, ApplicationStatus to) {
        return Arrays.stream(values()).filter(t -> t.from.contains(from) && t.to == to).findFirst();
    }
}
