package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.application.ApplicationStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.univlorraine.ieps.kernel.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle (drawn in the comment of {@link Transition}) written out independently of it, and checked for every
 * status, transition and actor: each allowed move is allowed, every other is refused.
 */
class TransitionTest {

    private record Move(ApplicationStatus from, ApplicationStatus to, Actor actor) {
    }

    private static final Map<Transition, List<Move>> LIFECYCLE = Map.ofEntries(
            Map.entry(Transition.SUBMIT, List.of(new Move(DRAFT, SUBMITTED, Actor.CANDIDATE))),
            Map.entry(Transition.RESUBMIT, List.of(new Move(INCOMPLETE, SUBMITTED, Actor.CANDIDATE))),
            Map.entry(Transition.MARK_INCOMPLETE, List.of(new Move(SUBMITTED, INCOMPLETE, Actor.SECRETARIAT))),
            Map.entry(Transition.MARK_COMPLETE, List.of(new Move(SUBMITTED, COMPLETE, Actor.SECRETARIAT))),
            Map.entry(Transition.OPEN_REVIEW, List.of(new Move(COMPLETE, UNDER_REVIEW, Actor.HEAD))),
            Map.entry(Transition.ADMIT, List.of(new Move(UNDER_REVIEW, ADMITTED, Actor.HEAD))),
            Map.entry(Transition.WAITLIST, List.of(new Move(UNDER_REVIEW, WAITLISTED, Actor.HEAD))),
            Map.entry(Transition.REJECT, List.of(new Move(UNDER_REVIEW, REJECTED, Actor.HEAD))),
            Map.entry(Transition.ACCEPT, List.of(new Move(ADMITTED, ACCEPTED, Actor.CANDIDATE))),
            Map.entry(Transition.DECLINE, List.of(new Move(ADMITTED, DECLINED, Actor.CANDIDATE))),
            Map.entry(Transition.EXPIRE, List.of(new Move(ADMITTED, EXPIRED, Actor.SYSTEM))),
            Map.entry(Transition.PROMOTE, List.of(new Move(WAITLISTED, ADMITTED, Actor.SYSTEM))),
            Map.entry(Transition.ENROL, List.of(new Move(ACCEPTED, ENROLLED, Actor.SECRETARIAT))),
            Map.entry(Transition.WITHDRAW, withdrawals()));

    /** "any state before ACCEPTED --candidate--> WITHDRAWN". */
    private static List<Move> withdrawals() {
        List<Move> moves = new ArrayList<>();
        for (ApplicationStatus s : List.of(DRAFT, SUBMITTED, INCOMPLETE, COMPLETE, UNDER_REVIEW, ADMITTED, WAITLISTED)) {
            moves.add(new Move(s, WITHDRAWN, Actor.CANDIDATE));
        }
        return moves;
    }

    @Test
    void everyTransitionOfTheLifecycleIsDefined() {
        assertEquals(Set.of(Transition.values()), LIFECYCLE.keySet());
    }

    @Test
    void everyAllowedMoveIsAllowedAndEveryOtherIsRefused() {
        int allowed = 0;
        for (Transition transition : Transition.values()) {
            for (ApplicationStatus from : ApplicationStatus.values()) {
                for (Actor actor : Actor.values()) {
                    boolean expected = LIFECYCLE.get(transition).stream()
                            .anyMatch(m -> m.from() == from && m.actor() == actor);
                    assertEquals(expected, transition.allows(from, actor), transition + " from " + from + " by " + actor);
                    if (expected) {
                        allowed++;
                        String reason = transition.requiresReason() ? "motif" : null;
                        transition.check(from, actor, reason);
                        assertEquals(LIFECYCLE.get(transition).get(0).to(), transition.target());
                    } else {
                        assertThrows(IllegalTransitionException.class, () -> transition.check(from, actor, "motif"));
                    }
                }
            }
        }
        assertEquals(13 + 7, allowed, "number of allowed (transition, state, actor) triples");
    }

    @Test
    void rejectionNeedsAMotive() {
        assertThrows(IllegalTransitionException.class, () -> Transition.REJECT.check(UNDER_REVIEW, Actor.HEAD, null));
        assertThrows(IllegalTransitionException.class, () -> Transition.REJECT.check(UNDER_REVIEW, Actor.HEAD, "  "));
        Transition.REJECT.check(UNDER_REVIEW, Actor.HEAD, "Projet hors du champ du master");
    }

    @Test
    void terminalStatesAreNotLiveAndNothingLeavesThemButEnrolment() {
        for (ApplicationStatus s : List.of(REJECTED, DECLINED, EXPIRED, WITHDRAWN, ENROLLED)) {
            for (Transition t : Transition.values()) {
                for (Actor a : Actor.values()) {
                    assertEquals(false, t.allows(s, a), t + " from terminal " + s);
                }
            }
        }
        assertEquals(Set.of(REJECTED, DECLINED, EXPIRED, WITHDRAWN),
                Set.copyOf(java.util.Arrays.stream(values()).filter(s -> !s.isLive()).toList()));
    }

    @Test
    void theCandidateEditsOnlyDraftsAndDossiersSentBack() {
        assertEquals(Set.of(DRAFT, INCOMPLETE),
                Set.copyOf(java.util.Arrays.stream(values()).filter(ApplicationStatus::isEditableByCandidate).toList()));
    }
}
