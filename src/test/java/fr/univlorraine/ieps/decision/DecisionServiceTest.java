package fr.univlorraine.ieps.decision;

import static fr.univlorraine.ieps.application.ApplicationStatus.*;
import static fr.univlorraine.ieps.decision.DecisionFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionService.Choice;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Preparing decisions from the board, the rules of the drafts, and publication now or as scheduled. */
@QuarkusTest
class DecisionServiceTest {

    static final ActorRef HEAD = new ActorRef("head-decisions", "Responsable Décisions", Actor.HEAD);

    @Inject
    DecisionService decisions;

    @Inject
    DecisionPublication publication;

    @Inject
    PublicationSchedule schedule;

    @Inject
    DecisionViews views;

    @Inject
    DecisionJobs jobs;

    MutableClock clock;
    Campaign campaign;
    Track track;
    List<Long> ids;

    @BeforeEach
    void setUp() {
        clock = clock();
        campaign = campaign(3, 2);
        track = track(campaign, Level.M1);
        ids = underReview(track, "dec" + campaign.startYear, 7);
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    /** The proposal, with the given changes: index → kind. */
    List<Choice> proposal(Object... changes) {
        Long motive = firstMotive().id;
        List<Choice> choices = new ArrayList<>();
        for (var row : decisions.prepare(track, false).rows()) {
            DecisionKind kind = row.chosen();
            for (int i = 0; i < changes.length; i += 2) {
                if ((int) changes[i] == row.index()) {
                    kind = (DecisionKind) changes[i + 1];
                }
            }
            choices.add(new Choice(row.board().applicationId(), kind, kind == DecisionKind.REJECT ? motive : null, null,
                    row.version()));
        }
        return choices;
    }

    long decisionCount() {
        return QuarkusTransaction.requiringNew().call(() -> Decision.count("application.track.id", track.id));
    }

    @Test
    void theProposalAdmitsWithinThePlacesWaitlistsTheNextAndRefusesTheRest() {
        var prep = decisions.prepare(track, false);
        assertEquals(List.of(DecisionKind.ADMIT, DecisionKind.ADMIT, DecisionKind.ADMIT, DecisionKind.WAITLIST,
                DecisionKind.WAITLIST, DecisionKind.REJECT, DecisionKind.REJECT),
                prep.rows().stream().map(DecisionService.Row::proposed).toList());
        assertEquals(ids, prep.rows().stream().map(r -> r.board().applicationId()).toList(), "in board order");
        assertEquals(3, prep.placesLeft());
        assertFalse(prep.complete());
    }

    @Test
    void draftsStayInvisibleToCandidatesUntilPublished() {
        assertTrue(decisions.save(track, proposal(), HEAD).isEmpty());
        assertEquals(7, decisionCount());
        for (Long id : ids) {
            assertEquals(UNDER_REVIEW, status(id));
            assertNull(views.forCandidate(application(id)));
        }
        assertTrue(decisions.prepare(track, false).complete());
    }

    @Test
    void aRefusalNeedsAStandardMotiveThatIsStillOffered() {
        List<Choice> choices = new ArrayList<>(proposal());
        Choice last = choices.get(6);
        choices.set(6, new Choice(last.applicationId(), DecisionKind.REJECT, null, "Texte libre", last.version()));
        FormErrors errors = decisions.save(track, choices, HEAD);
        assertEquals(DecisionError.MOTIVE_REQUIRED, errors.get("motive6"));
        assertEquals(0, decisionCount(), "nothing saved");

        Long retired = QuarkusTransaction.requiringNew().call(() -> {
            var motive = new RefusalMotive();
            motive.position = 99;
            motive.labelFr = "Motif retiré";
            motive.labelEn = "Retired motive";
            motive.active = false;
            motive.persist();
            return motive.id;
        });
        choices.set(6, new Choice(last.applicationId(), DecisionKind.REJECT, retired, null, last.version()));
        assertEquals(DecisionError.MOTIVE_REQUIRED, decisions.save(track, choices, HEAD).get("motive6"));
        assertEquals(0, decisionCount());
    }

    @Test
    void moreAdmissionsThanPlacesLeftAreRefused() {
        FormErrors errors = decisions.save(track, proposal(3, DecisionKind.ADMIT), HEAD);
        assertEquals(DecisionError.TOO_MANY_ADMITS, errors.get("decisions"));
        assertEquals(0, decisionCount());
    }

    @Test
    void aForgedOrStaleFormChangesNothing() {
        Campaign other = campaign(3, 2);
        try {
            Long foreign = underReview(track(other, Level.M1), "foreign" + other.startYear, 1).get(0);
            List<Choice> forged = new ArrayList<>(proposal());
            forged.add(new Choice(foreign, DecisionKind.ADMIT, null, null, -1));
            RuleViolation e = assertThrows(RuleViolation.class, () -> decisions.save(track, forged, HEAD));
            assertEquals(DecisionError.DECISION_FORGED, e.error);
            assertEquals(0, decisionCount());
        } finally {
            retire(other);
        }
        List<Choice> first = proposal();
        assertTrue(decisions.save(track, first, HEAD).isEmpty());
        // a second head saved meanwhile from the same page: their versions are out of date
        RuleViolation stale = assertThrows(RuleViolation.class, () -> decisions.save(track, first, HEAD));
        assertEquals(DecisionError.DECISIONS_STALE, stale.error);
    }

    @Test
    void publicationNeedsADecisionOnEveryDossierUnderReview() {
        assertTrue(decisions.save(track, proposal().subList(0, 5), HEAD).isEmpty());
        RuleViolation e = assertThrows(RuleViolation.class, () -> publication.publish(track.id, HEAD));
        assertEquals(DecisionError.DECISIONS_MISSING, e.error);
        assertEquals(UNDER_REVIEW, status(ids.get(0)));
    }

    @Test
    void placesTheHeadsLeaveFreeGoToTheWaitingListAtPublication() {
        List<Choice> choices = proposal(2, DecisionKind.WAITLIST);
        assertTrue(decisions.save(track, choices, HEAD).isEmpty());
        var published = publication.publish(track.id, HEAD);
        assertEquals(2, published.admitted());
        assertEquals(3, published.waitlisted());
        assertEquals(1, published.promoted());
        assertEquals(ADMITTED, status(ids.get(2)), "the first of the waiting list takes the free place");
        assertEquals(WAITLISTED, status(ids.get(3)));
        assertNotNull(views.forCandidate(application(ids.get(6))), "published decisions are visible");
        assertNotNull(reload(track).publishedAt);
        // once published, the same form is no longer about dossiers under review
        RuleViolation e = assertThrows(RuleViolation.class, () -> decisions.save(track, choices, HEAD));
        assertEquals(DecisionError.DECISION_FORGED, e.error);
    }

    @Test
    void aScheduledPublicationRunsAtItsTimeInTheNameOfTheHeadWhoScheduledIt() {
        assertTrue(decisions.save(track, proposal(), HEAD).isEmpty());
        schedule.schedule(track.id, HEAD);
        RuleViolation frozen = assertThrows(RuleViolation.class, () -> decisions.save(track, proposal(), HEAD));
        assertEquals(DecisionError.PUBLICATION_SCHEDULED, frozen.error);

        jobs.run();
        assertEquals(UNDER_REVIEW, status(ids.get(0)), "not before its time");

        clock.set(reload(track).decisionsPublishedAt);
        jobs.run();
        jobs.run();
        assertEquals(ADMITTED, status(ids.get(0)));
        assertEquals(REJECTED, status(ids.get(6)));
        ApplicationEvent admit = QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.<ApplicationEvent>find(
                "application.id = ?1 and transition = ?2", ids.get(0), Transition.ADMIT).<ApplicationEvent>singleResult());
        assertEquals(HEAD.subject(), admit.actorSubject);
        assertFalse(reload(track).publicationScheduled);
    }

    @Test
    void aScheduledPublicationThatCannotRunIsReportedAndPublishesNothing() {
        assertTrue(decisions.save(track, proposal(), HEAD).isEmpty());
        schedule.schedule(track.id, HEAD);
        underReview(track, "late" + campaign.startYear, 1);
        clock.set(reload(track).decisionsPublishedAt.plusSeconds(30));
        jobs.run();
        Track after = reload(track);
        assertEquals("DECISIONS_MISSING", after.publicationError);
        assertFalse(after.publicationScheduled);
        assertNull(after.publishedAt);
        assertEquals(UNDER_REVIEW, status(ids.get(0)));
    }

    @Test
    void aPublicationCannotBeScheduledInThePast() {
        clock.set(reload(track).decisionsPublishedAt.plusSeconds(1));
        RuleViolation e = assertThrows(RuleViolation.class, () -> schedule.schedule(track.id, HEAD));
        assertEquals(DecisionError.PUBLICATION_TIME_PASSED, e.error);
    }

    @Test
    void aScheduledPublicationThatFailsForATechnicalReasonIsTriedAgainThenStopsAndSaysWhy() {
        assertTrue(decisions.save(track, proposal(), HEAD).isEmpty());
        schedule.schedule(track.id, HEAD);
        var outage = new IllegalStateException("Connection to the database lost");

        QuarkusTransaction.requiringNew().run(() -> jobs.publicationFailed(track.id, outage));
        QuarkusTransaction.requiringNew().run(() -> jobs.publicationFailed(track.id, outage));
        assertTrue(reload(track).publicationScheduled, "tried again at the next pass");
        assertEquals(2, reload(track).publicationFailures);

        QuarkusTransaction.requiringNew().run(() -> jobs.publicationFailed(track.id, outage));
        Track stopped = reload(track);
        assertFalse(stopped.publicationScheduled, "no longer tried after the third failure");
        assertEquals(DecisionError.PUBLICATION_FAILED, DecisionError.ofCode(stopped.publicationError));
        assertNull(stopped.publishedAt);

        schedule.schedule(track.id, HEAD);
        assertEquals(0, reload(track).publicationFailures, "a new schedule starts afresh");
        assertNull(reload(track).publicationError);
    }
}
