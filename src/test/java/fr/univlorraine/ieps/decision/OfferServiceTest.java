package fr.univlorraine.ieps.decision;

import static fr.univlorraine.ieps.application.ApplicationStatus.*;
import static fr.univlorraine.ieps.decision.DecisionFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.OfferService.Answer;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.ranking.DashboardFigures;
import fr.univlorraine.ieps.notification.MailOutbox;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offers, their deadlines, answers, expiry, reminders and the waiting list, on a clock the test drives. */
@QuarkusTest
class OfferServiceTest {

    static final ActorRef HEAD = new ActorRef("head-offers", "Responsable Test", Actor.HEAD);

    @Inject
    DecisionService decisions;

    @Inject
    DecisionPublication publication;

    @Inject
    OfferService offers;

    @Inject
    Places places;

    @Inject
    DecisionJobs jobs;

    @Inject
    DashboardFigures figures;

    @Inject
    MockMailbox mailbox;

    @Inject
    MailOutbox outbox;

    MutableClock clock;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        clock = clock();
        outbox.sendDue();
        mailbox.clear();
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    /** A track of {@code capacity} places with {@code dossiers} under review, published as the system proposes. */
    List<Long> published(int capacity, int waitlistSize, int dossiers) {
        campaign = campaign(capacity, waitlistSize);
        Track track = track(campaign, Level.M1);
        List<Long> ids = underReview(track, "offer" + campaign.startYear, dossiers);
        saveProposal(decisions, track, HEAD);
        publication.publish(track.id, HEAD);
        outbox.sendDue();
        mailbox.clear();
        return ids;
    }

    static void saveProposal(DecisionService decisions, Track track, ActorRef head) {
        Long motive = firstMotive().id;
        List<DecisionService.Choice> choices = decisions.prepare(track, false).rows().stream()
                .map(r -> new DecisionService.Choice(r.board().applicationId(), r.chosen(),
                        r.chosen() == DecisionKind.REJECT ? motive : null, null, r.version()))
                .toList();
        assertTrue(decisions.save(track, choices, head).isEmpty());
    }

    ActorRef candidate(Long id) {
        return new ActorRef(application(id).candidateSubject, "Candidat", Actor.CANDIDATE);
    }

    Track m1() {
        return track(campaign, Level.M1);
    }

    @Test
    void theDeadlineIsTheLastMinuteOfTheLastDayInParis() {
        var offered = LocalDateTime.of(2028, 5, 15, 10, 0).atZone(AppClock.PARIS).toInstant();
        assertEquals(LocalDateTime.of(2028, 5, 23, 23, 59, 59).atZone(AppClock.PARIS).toInstant(),
                OfferService.deadline(offered, 8));
        // across the change to summer time the deadline is still 23:59 on the wall clock, UTC+2
        var beforeDst = LocalDateTime.of(2028, 3, 20, 23, 30).atZone(AppClock.PARIS).toInstant();
        assertEquals("2028-03-28T21:59:59Z", OfferService.deadline(beforeDst, 8).toString());
    }

    @Test
    void publishingOffersThePlacesPutsTheNextOnTheWaitingListAndRefusesTheRest() {
        List<Long> ids = published(3, 2, 7);
        assertEquals(List.of(ADMITTED, ADMITTED, ADMITTED, WAITLISTED, WAITLISTED, REJECTED, REJECTED),
                ids.stream().map(DecisionFixtures::status).toList());
        assertEquals(OfferService.deadline(START, 8), offer(ids.get(0)).deadline);
        assertNull(offer(ids.get(3)));
        assertEquals(List.of(1, 2), ids.subList(3, 5).stream()
                .map(id -> QuarkusTransaction.requiringNew().call(() -> Decision.of(id).orElseThrow().waitlistRank)).toList());
        assertEquals(1, currentRank(ids.get(3)));
        assertEquals(2, currentRank(ids.get(4)));
        // the refusal's motive is in the history the candidate reads
        assertTrue(history(ids.get(6)).stream().anyMatch(e -> e.transition == Transition.REJECT
                && e.reason.equals(firstMotive().labelFr)));
    }

    @Test
    void aDeclineGivesThePlaceAtOnceToTheNextOnTheWaitingListWithANewDeadline() {
        List<Long> ids = published(2, 2, 5);
        Offer first = offer(ids.get(0));
        clock.advance(Duration.ofDays(2));

        assertEquals(Answer.RECORDED, offers.decline(ids.get(0), candidate(ids.get(0)), "Autre formation"));

        assertEquals(DECLINED, status(ids.get(0)));
        assertEquals(OfferOutcome.DECLINED, offer(ids.get(0)).outcome);
        assertEquals(ADMITTED, status(ids.get(2)));
        Offer promoted = offer(ids.get(2));
        assertEquals(first.id, promoted.replacesOfferId);
        assertEquals(OfferService.deadline(START.plus(Duration.ofDays(2)), 8), promoted.deadline);
        assertTrue(history(ids.get(2)).stream().anyMatch(e -> e.transition == Transition.PROMOTE && e.actorRole == Actor.SYSTEM));
        outbox.sendDue();
        assertEquals(1, mailbox.getMailsSentTo(application(ids.get(2)).email).size(), "the promoted candidate is told");
        assertEquals(1, currentRank(ids.get(3)), "the next one moved up");
        // the answer is final
        assertThrows(RuleViolation.class, () -> offers.accept(ids.get(0), candidate(ids.get(0))));
    }

    @Test
    void anAcceptedPlaceIsKeptAndNothingMovesOnTheWaitingList() {
        List<Long> ids = published(2, 2, 4);
        assertEquals(Answer.RECORDED, offers.accept(ids.get(1), candidate(ids.get(1))));
        assertEquals(ACCEPTED, status(ids.get(1)));
        assertEquals(OfferOutcome.ACCEPTED, offer(ids.get(1)).outcome);
        assertEquals(WAITLISTED, status(ids.get(2)));
        assertEquals(0, places.left(m1()));
        assertThrows(RuleViolation.class, () -> offers.decline(ids.get(1), candidate(ids.get(1)), null),
                "an accepted offer cannot be declined afterwards");
    }

    @Test
    void nobodyAnswersForSomeoneElse() {
        List<Long> ids = published(2, 1, 3);
        assertThrows(jakarta.ws.rs.NotFoundException.class, () -> offers.accept(ids.get(0), candidate(ids.get(1))));
        assertEquals(ADMITTED, status(ids.get(0)));
    }

    @Test
    void anOfferPastItsDeadlineExpiresAndThePlaceMovesOnOnce() {
        List<Long> ids = published(2, 2, 4);
        clock.set(offer(ids.get(0)).deadline);
        jobs.run();
        assertEquals(ADMITTED, status(ids.get(0)), "until 23:59:59 of the last day the offer stands");

        clock.advance(Duration.ofSeconds(1));
        jobs.run();
        jobs.run();
        assertEquals(EXPIRED, status(ids.get(0)));
        assertEquals(EXPIRED, status(ids.get(1)));
        assertEquals(ADMITTED, status(ids.get(2)));
        assertEquals(ADMITTED, status(ids.get(3)));
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> Offer.count("replacesOfferId is not null and trackId = ?1", m1().id)));
    }

    @Test
    void anAnswerAfterTheDeadlineIsRefusedAndTheOfferExpires() {
        List<Long> ids = published(1, 1, 2);
        clock.set(offer(ids.get(0)).deadline.plusSeconds(1));
        assertEquals(Answer.TOO_LATE, offers.accept(ids.get(0), candidate(ids.get(0))));
        assertEquals(EXPIRED, status(ids.get(0)));
        assertEquals(ADMITTED, status(ids.get(1)));
    }

    @Test
    void withdrawingAfterAnOfferFreesThePlaceAndFromTheWaitingListMovesTheOthersUp() {
        List<Long> ids = published(1, 3, 4);
        offers.withdraw(ids.get(2), candidate(ids.get(2)), null);
        assertEquals(WITHDRAWN, status(ids.get(2)));
        assertEquals(1, currentRank(ids.get(1)));
        assertEquals(2, currentRank(ids.get(3)));

        offers.withdraw(ids.get(0), candidate(ids.get(0)), "Raisons personnelles");
        assertEquals(OfferOutcome.WITHDRAWN, offer(ids.get(0)).outcome);
        assertEquals(ADMITTED, status(ids.get(1)));
        assertEquals(1, currentRank(ids.get(3)));
    }

    @Test
    void theReminderGoesOnceWithinTheReminderDelay() {
        List<Long> ids = published(1, 0, 1);
        String email = application(ids.get(0)).email;
        var deadline = offer(ids.get(0)).deadline;
        clock.set(deadline.minus(Duration.ofDays(3)));
        jobs.run();
        outbox.sendDue();
        assertEquals(0, mailbox.getMailsSentTo(email).size());

        clock.set(deadline.minus(Duration.ofDays(2)).plusSeconds(60));
        jobs.run();
        jobs.run();
        outbox.sendDue();
        assertEquals(1, mailbox.getMailsSentTo(email).size());
        assertTrue(mailbox.getMailsSentTo(email).get(0).getText().contains("23:59"));
        assertNotNull(offer(ids.get(0)).remindedAt);
    }

    @Test
    void aFreedPlaceWithAnEmptyWaitingListStaysFreeAndTheHeadsSeeIt() {
        List<Long> ids = published(2, 0, 2);
        offers.decline(ids.get(0), candidate(ids.get(0)), null);
        assertEquals(1, places.left(m1()));
        var dashboard = QuarkusTransaction.requiringNew().call(() -> figures.of(List.of(m1())).get(0));
        assertTrue(dashboard.freePlacesWithoutWaitlist());
    }

    @Test
    void noOfferIsMadeWhenThePlacesAreTaken() {
        published(1, 1, 2);
        Track track = m1();
        assertThrows(RuleViolation.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Track locked = Track.lock(track.id);
            var waiting = fr.univlorraine.ieps.application.Application.<fr.univlorraine.ieps.application.Application>find(
                    "track.id = ?1 and status = ?2", track.id, WAITLISTED).firstResult();
            offers.offer(locked, waiting, Transition.PROMOTE, OfferService.SYSTEM, null);
        }));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> offers.fillFreePlaces(Track.lock(track.id), null)));
        assertEquals(1, places.taken(track.id));
    }

    @Test
    void theJobRunTwiceAtTheSameTimeExpiresAndPromotesOnce() throws Exception {
        List<Long> ids = published(5, 5, 10);
        clock.set(offer(ids.get(0)).deadline.plusSeconds(1));
        CountDownLatch start = new CountDownLatch(1);
        var a = CompletableFuture.runAsync(() -> await(start, jobs::run));
        var b = CompletableFuture.runAsync(() -> await(start, jobs::run));
        start.countDown();
        a.get();
        b.get();
        for (int i = 0; i < 5; i++) {
            assertEquals(EXPIRED, status(ids.get(i)));
            assertEquals(ADMITTED, status(ids.get(5 + i)));
        }
        Long trackId = m1().id;
        assertEquals(10, QuarkusTransaction.requiringNew().call(() -> Offer.count("trackId", trackId)));
        assertEquals(5, QuarkusTransaction.requiringNew().call(() -> Offer.count("replacesOfferId is not null and trackId = ?1", trackId)));
        for (Long id : ids.subList(5, 10)) {
            assertEquals(1, history(id).stream().filter(e -> e.transition == Transition.PROMOTE).count());
        }
    }

    private static void await(CountDownLatch latch, Runnable then) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        then.run();
    }

    private int currentRank(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> offers.currentWaitlistRank(
                fr.univlorraine.ieps.application.Application.findById(id)).orElseThrow());
    }

    private static List<ApplicationEvent> history(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.<ApplicationEvent>list("application.id", id));
    }
}
