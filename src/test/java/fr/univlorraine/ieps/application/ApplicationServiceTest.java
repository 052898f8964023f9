package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.application.TestFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every transition goes through the service, which checks the machine and writes the history. */
@QuarkusTest
class ApplicationServiceTest {

    private static final ActorRef SECRETARIAT = new ActorRef("scolarite", "Scolarité", Actor.SECRETARIAT);
    private static final ActorRef HEAD = new ActorRef("responsable", "Responsable", Actor.HEAD);
    private static final ActorRef SYSTEM = new ActorRef("system", null, Actor.SYSTEM);

    @Inject
    ApplicationService service;

    @BeforeEach
    void setUp() {
        openCampaignClock();
    }

    private Long submitted(String subject) {
        Application app = applicationOf(subject, Level.M1);
        CandidateResourceTest.submitThroughService(app.id, subject);
        return app.id;
    }

    private void move(Long id, Transition transition, ActorRef actor, String reason) {
        QuarkusTransaction.requiringNew().run(() -> service.transition(Application.findById(id), transition, actor, reason));
    }

    private List<ApplicationEvent> history(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.history(Application.findById(id)));
    }

    @Test
    void aDossierGoesFromSubmissionToEnrolmentWithEveryStepRecorded() {
        Long id = submitted("path-to-enrolment");
        ActorRef candidate = new ActorRef("path-to-enrolment", "Candidate", Actor.CANDIDATE);
        move(id, Transition.MARK_INCOMPLETE, SECRETARIAT, "Relevé de notes illisible");
        CandidateResourceTest.submitThroughService(id, "path-to-enrolment");
        move(id, Transition.MARK_COMPLETE, SECRETARIAT, null);
        move(id, Transition.OPEN_REVIEW, HEAD, null);
        move(id, Transition.WAITLIST, HEAD, null);
        move(id, Transition.PROMOTE, SYSTEM, "Une place s'est libérée");
        move(id, Transition.ACCEPT, candidate, null);
        move(id, Transition.ENROL, SECRETARIAT, null);

        List<ApplicationEvent> events = history(id);
        assertEquals(List.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.INCOMPLETE,
                ApplicationStatus.SUBMITTED, ApplicationStatus.COMPLETE, ApplicationStatus.UNDER_REVIEW,
                ApplicationStatus.WAITLISTED, ApplicationStatus.ADMITTED, ApplicationStatus.ACCEPTED,
                ApplicationStatus.ENROLLED), events.stream().map(e -> e.toStatus).toList());
        ApplicationEvent incomplete = events.get(2);
        assertEquals(Transition.MARK_INCOMPLETE, incomplete.transition);
        assertEquals(ApplicationStatus.SUBMITTED, incomplete.fromStatus);
        assertEquals(Actor.SECRETARIAT, incomplete.actorRole);
        assertEquals("scolarite", incomplete.actorSubject);
        assertEquals("Relevé de notes illisible", incomplete.reason);
        assertNotNull(incomplete.occurredAt);
        assertEquals(Transition.RESUBMIT, events.get(3).transition);
        Application app = reload(id);
        assertEquals(ApplicationStatus.ENROLLED, app.status);
        assertEquals(app.track.id, app.liveTrackId, "an enrolled candidate keeps their place on the track");
    }

    @Test
    void aForbiddenTransitionChangesNothing() {
        Long id = submitted("forbidden-move");
        long events = eventCount(id);
        assertThrows(IllegalTransitionException.class, () -> move(id, Transition.ADMIT, HEAD, null));
        assertThrows(IllegalTransitionException.class, () -> move(id, Transition.MARK_COMPLETE, HEAD, null));
        assertEquals(ApplicationStatus.SUBMITTED, reload(id).status);
        assertEquals(events, eventCount(id));
    }

    @Test
    void aRefusalWithoutMotiveIsRefusedAndWithOneEndsTheApplication() {
        Long id = submitted("refused-candidate");
        move(id, Transition.MARK_COMPLETE, SECRETARIAT, null);
        move(id, Transition.OPEN_REVIEW, HEAD, null);
        assertThrows(IllegalTransitionException.class, () -> move(id, Transition.REJECT, HEAD, " "));
        assertEquals(ApplicationStatus.UNDER_REVIEW, reload(id).status);
        move(id, Transition.REJECT, HEAD, "Projet de recherche hors du champ du master");
        Application app = reload(id);
        assertEquals(ApplicationStatus.REJECTED, app.status);
        assertNull(app.liveTrackId, "a refused candidate may apply again while the campaign is open");
        applicationOf("refused-candidate", Level.M1);
    }

    @Test
    void anOfferDeclinedOrExpiredEndsTheApplication() {
        for (Transition end : List.of(Transition.DECLINE, Transition.EXPIRE)) {
            Long id = submitted("offer-" + end);
            move(id, Transition.MARK_COMPLETE, SECRETARIAT, null);
            move(id, Transition.OPEN_REVIEW, HEAD, null);
            move(id, Transition.ADMIT, HEAD, null);
            ActorRef actor = end == Transition.EXPIRE ? SYSTEM
                    : new ActorRef("offer-" + end, "Candidate", Actor.CANDIDATE);
            move(id, end, actor, null);
            Application app = reload(id);
            assertEquals(end.target(), app.status);
            assertNull(app.liveTrackId);
        }
    }
}
