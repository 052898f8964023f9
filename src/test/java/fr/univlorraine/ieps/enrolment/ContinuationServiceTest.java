package fr.univlorraine.ieps.enrolment;

import static fr.univlorraine.ieps.enrolment.ContinuationFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Continuation;
import fr.univlorraine.ieps.application.ContinuationState;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.application.TrackFigures;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionError;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.decision.DecisionPublication;
import fr.univlorraine.ieps.decision.DecisionService;
import fr.univlorraine.ieps.decision.OfferService;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.ranking.DashboardFigures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list of M1 students continuing to M2, their states, and the M2 places they hold. */
@QuarkusTest
@TestSecurity(user = "cont-secretariat", roles = "secretariat")
class ContinuationServiceTest {

    static final ActorRef SECRETARIAT = new ActorRef("cont-secretariat", "Scolarité Test", Actor.SECRETARIAT);
    static final ActorRef HEAD = new ActorRef("cont-head", "Responsable Test", Actor.HEAD);

    @Inject
    ContinuationService continuations;

    @Inject
    Places places;

    @Inject
    DecisionService decisions;

    @Inject
    DecisionPublication publication;

    @Inject
    OfferService offers;

    @Inject
    DashboardFigures dashboard;

    Pair pair;

    @BeforeEach
    void clock() {
        DecisionFixtures.clock();
    }

    @AfterEach
    void retire() {
        if (pair != null) {
            pair.retire();
        }
    }

    @Test
    void theAdmittedOfThePreviousM1AreListedOnceAndKeepTheirStates() {
        pair = campaigns(19, 5);
        String p = "cont-list-" + pair.current().startYear;
        Long accepted = accepted(pair.m1(), p + "-a", "Accepte");
        Long enrolled = m1Dossier(pair.m1(), p + "-e", "Inscrit", ApplicationStatus.ENROLLED, ApplicationOrigin.HERE, null);
        Long platform = m1Dossier(pair.m1(), null, "Plateforme", ApplicationStatus.UNDER_REVIEW, ApplicationOrigin.PLATFORM,
                PlatformOutcome.ACCEPTED);
        m1Dossier(pair.m1(), p + "-w", "Attente", ApplicationStatus.WAITLISTED, ApplicationOrigin.HERE, null);
        m1Dossier(pair.m1(), p + "-r", "Refuse", ApplicationStatus.REJECTED, ApplicationOrigin.HERE, null);
        m1Dossier(pair.m1(), null, "Declinee", ApplicationStatus.UNDER_REVIEW, ApplicationOrigin.PLATFORM,
                PlatformOutcome.DECLINED);
        m1Dossier(pair.m1(), p + "-o", "Offre", ApplicationStatus.ADMITTED, ApplicationOrigin.HERE, null);
        // this year's M1 continues next year, not now
        accepted(DecisionFixtures.track(pair.current(), Level.M1), p + "-n", "Nouveau");

        assertEquals(new ContinuationService.Refreshed(3, 0), continuations.refresh());
        assertEquals(List.of(accepted, enrolled, platform).stream().sorted().toList(),
                listOf(pair.m2()).stream().map(c -> c.application.id).sorted().toList());
        assertTrue(listOf(pair.m2()).stream().allMatch(c -> c.state == ContinuationState.PENDING));

        Long confirmedId = ofDossier(enrolled).id;
        continuations.set(confirmedId, ContinuationState.CONFIRMED, "Vu en réunion", SECRETARIAT);
        assertEquals(new ContinuationService.Refreshed(0, 0), continuations.refresh(), "never duplicates");
        assertEquals(3, listOf(pair.m2()).size());
        assertEquals(ContinuationState.CONFIRMED, state(enrolled), "keeps the states chosen");
        assertEquals("Vu en réunion", ofDossier(enrolled).note);

        // the platform's outcome was corrected: the student nobody dealt with yet leaves the list
        QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(platform).platformOutcome = PlatformOutcome.DECLINED);
        assertEquals(new ContinuationService.Refreshed(0, 1), continuations.refresh());
        assertNull(ofDossier(platform));
        assertEquals(2, listOf(pair.m2()).size());

        List<String> audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.ofApplication(enrolled).stream()
                .filter(e -> e.action.equals(AuditLog.CONTINUATION)).map(e -> e.detail).toList());
        assertEquals(2, audited.size(), audited.toString());
        assertTrue(audited.stream().anyMatch(d -> d.startsWith("PENDING -> CONFIRMED")), audited.toString());
    }

    @Test
    void continuingStudentsReduceThePlacesOfM2ForOutsideCandidates() {
        pair = campaigns(5, 2);
        String p = "cont-places-" + pair.current().startYear;
        Long first = accepted(pair.m1(), p + "-1", "Premier");
        accepted(pair.m1(), p + "-2", "Second");
        Track m2 = DecisionFixtures.reload(pair.m2());
        assertEquals(5, places.left(m2));
        continuations.refresh();

        assertEquals(2, places.continuing(m2.id));
        assertEquals(3, places.left(m2), "5 places, 2 kept for the continuing students");
        assertEquals(3, TrackFigures.of(List.of(m2)).get(0).placesLeft());
        var shown = dashboard.of(List.of(m2)).get(0);
        assertEquals(2, shown.taken());
        assertEquals(2, shown.continuing());
        Track m1Now = DecisionFixtures.track(pair.current(), Level.M1);
        assertEquals(5, places.left(m1Now), "the M1 of the current campaign keeps all its places");

        continuations.set(ofDossier(first).id, ContinuationState.CONFIRMED, null, SECRETARIAT);
        assertEquals(3, places.left(m2), "a confirmed student holds their place as a pending one did");
        continuations.set(ofDossier(first).id, ContinuationState.LEAVING, "Part en école", SECRETARIAT);
        assertEquals(4, places.left(m2), "a leaving student frees their place");
        ContinuationService.Listing listing = continuations.listing();
        assertEquals(1, listing.continuing());
        assertEquals(4, listing.outsidePlaces());
        assertEquals(4, listing.left());
    }

    @Test
    void noOfferGoesBeyondTheOutsidePlacesAndALeavingStudentsPlaceGoesToTheWaitingList() {
        pair = campaigns(3, 3);
        String p = "cont-offers-" + pair.current().startYear;
        Long staying = accepted(pair.m1(), p + "-s", "Reste");
        Long leaving = accepted(pair.m1(), p + "-l", "Part");
        continuations.refresh();
        Track m2 = DecisionFixtures.reload(pair.m2());
        List<Long> outside = DecisionFixtures.underReview(m2, p + "-m2", 4);

        DecisionService.Preparation prep = decisions.prepare(m2, false);
        assertEquals(1, prep.placesLeft(), "3 places, 2 continuing students");
        Long motive = DecisionFixtures.firstMotive().id;
        // two admissions for one outside place: refused, nothing saved
        List<DecisionService.Choice> tooMany = prep.rows().stream().map(r -> new DecisionService.Choice(
                r.board().applicationId(), r.index() < 2 ? DecisionKind.ADMIT : DecisionKind.WAITLIST, null, null, r.version()))
                .toList();
        assertTrue(decisions.save(m2, tooMany, HEAD).contains(DecisionError.TOO_MANY_ADMITS));
        List<DecisionService.Choice> proposed = prep.rows().stream().map(r -> new DecisionService.Choice(
                r.board().applicationId(), r.chosen(), r.chosen() == DecisionKind.REJECT ? motive : null, null, r.version()))
                .toList();
        assertTrue(decisions.save(m2, proposed, HEAD).isEmpty());
        publication.publish(m2.id, HEAD);

        assertEquals(ApplicationStatus.ADMITTED, DecisionFixtures.status(outside.get(0)));
        assertEquals(List.of(ApplicationStatus.WAITLISTED, ApplicationStatus.WAITLISTED, ApplicationStatus.WAITLISTED),
                outside.subList(1, 4).stream().map(DecisionFixtures::status).toList());
        assertEquals(0, places.left(m2));
        int promoted = QuarkusTransaction.requiringNew().call(() -> offers.fillFreePlaces(Track.lock(m2.id), null));
        assertEquals(0, promoted, "the continuing students' places are not given to the waiting list");
        assertEquals(ApplicationStatus.WAITLISTED, DecisionFixtures.status(outside.get(1)));

        continuations.set(ofDossier(leaving).id, ContinuationState.LEAVING, null, SECRETARIAT);
        assertEquals(ApplicationStatus.ADMITTED, DecisionFixtures.status(outside.get(1)), "the next on the waiting list");
        assertEquals(ApplicationStatus.WAITLISTED, DecisionFixtures.status(outside.get(2)));
        assertEquals(0, places.left(m2));

        // the place went to the waiting list: the student cannot come back over the capacity
        Long leavingRow = ofDossier(leaving).id;
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> continuations.set(leavingRow, ContinuationState.PENDING, null, SECRETARIAT));
        assertEquals(ContinuationError.NO_PLACE_LEFT, refused.error);
        assertEquals(ContinuationState.LEAVING, state(leaving));
        assertEquals(ContinuationState.PENDING, state(staying));
        assertEquals(3, places.taken(m2.id));
    }

    @Test
    void aStudentConfirmsOnlyTheirOwnContinuationAndNotOnceLeaving() {
        pair = campaigns(19, 5);
        String p = "cont-confirm-" + pair.current().startYear;
        Long mine = accepted(pair.m1(), p + "-me", "Moi");
        Long theirs = accepted(pair.m1(), p + "-other", "Autre");
        continuations.refresh();
        ActorRef me = new ActorRef(p + "-me", "Moi", Actor.CANDIDATE);

        assertThrows(NotFoundException.class, () -> continuations.confirm(theirs, me));
        assertEquals(ContinuationState.PENDING, state(theirs));
        continuations.confirm(mine, me);
        assertEquals(ContinuationState.CONFIRMED, state(mine));
        assertEquals(p + "-me", ofDossier(mine).changedBy);
        continuations.confirm(mine, me);
        assertEquals(ContinuationState.CONFIRMED, state(mine), "confirming twice changes nothing");

        continuations.set(ofDossier(mine).id, ContinuationState.LEAVING, null, SECRETARIAT);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> continuations.confirm(mine, me));
        assertEquals(ContinuationError.LEAVING, refused.error);
        assertEquals(ContinuationState.LEAVING, state(mine));
    }
}
