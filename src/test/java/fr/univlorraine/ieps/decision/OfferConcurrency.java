package fr.univlorraine.ieps.decision;

import static fr.univlorraine.ieps.decision.DecisionFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.IllegalTransitionException;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.OfferService.Answer;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.RuleViolation;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One round of the capacity test: a published track of 19 places with a long waiting list, then 50
 * threads at once accepting, declining, withdrawing, expiring offers and running the scheduled job,
 * while a watcher counts the places taken. Afterwards: never more than 19 taken, every freed place
 * offered exactly once (or still free because nobody was left waiting), and every recorded answer kept.
 */
final class OfferConcurrency {

    static final int CAPACITY = 19;
    static final int THREADS = 50;
    static final ActorRef HEAD = new ActorRef("head-concurrency", "Responsable", Actor.HEAD);

    private OfferConcurrency() {
    }

    static void round(int round) throws Exception {
        DecisionService decisions = Arc.container().instance(DecisionService.class).get();
        DecisionPublication publication = Arc.container().instance(DecisionPublication.class).get();
        OfferService offers = Arc.container().instance(OfferService.class).get();
        Places places = Arc.container().instance(Places.class).get();
        DecisionJobs jobs = Arc.container().instance(DecisionJobs.class).get();
        Campaign campaign = campaign(CAPACITY, 30);
        try {
            Track track = track(campaign, Level.M1);
            List<Long> ids = underReview(track, "conc" + campaign.startYear, CAPACITY + 30 + 5);
            OfferServiceTest.saveProposal(decisions, track, HEAD);
            publication.publish(track.id, HEAD);
            Random random = new Random(round * 7919L);
            // some offers are already past their deadline: answers to them and the job must expire them
            List<Long> late = new ArrayList<>(ids.subList(0, CAPACITY));
            Collections.shuffle(late, random);
            QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                    .createQuery("update Offer o set o.deadline = ?1 where o.application.id in ?2")
                    .setParameter(1, START.minusSeconds(1)).setParameter(2, late.subList(0, 5)).executeUpdate());
            Map<Long, String> subjects = new ConcurrentHashMap<>();
            for (Long id : ids) {
                subjects.put(id, application(id).candidateSubject);
            }

            Map<Long, Answer> accepted = new ConcurrentHashMap<>();
            Map<Long, Answer> declined = new ConcurrentHashMap<>();
            List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong maxTaken = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
            Future<?> watcher = pool.submit(() -> {
                while (running.get()) {
                    maxTaken.accumulateAndGet(QuarkusTransaction.requiringNew().call(() -> places.taken(track.id)), Math::max);
                }
            });
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                // the first 30 dossiers are the ones holding or about to hold offers: most moves aim there
                Long id = ids.get(random.nextInt(CAPACITY + 11));
                int action = random.nextInt(10);
                ActorRef candidate = new ActorRef(subjects.get(id), "Candidat", Actor.CANDIDATE);
                tasks.add(pool.submit(() -> {
                    start.await();
                    try {
                        switch (action) {
                            case 0, 1, 2 -> accepted.merge(id, offers.accept(id, candidate), (a, b) -> a == Answer.RECORDED ? a : b);
                            case 3, 4, 5 -> declined.merge(id, offers.decline(id, candidate, "test"), (a, b) -> a == Answer.RECORDED ? a : b);
                            case 6, 7 -> offers.withdraw(id, candidate, null);
                            case 8 -> offers.expire(QuarkusTransaction.requiringNew().call(
                                    () -> Offer.of(id).map(o -> o.id).orElse(-1L)));
                            default -> jobs.run();
                        }
                    } catch (RuleViolation | IllegalTransitionException expected) {
                        // answering an offer already answered, withdrawing once refused: refused cleanly
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> task : tasks) {
                task.get(120, TimeUnit.SECONDS);
            }
            running.set(false);
            watcher.get(30, TimeUnit.SECONDS);
            pool.shutdown();

            assertTrue(unexpected.isEmpty(), "round " + round + ": " + unexpected);
            check(round, track.id, accepted, declined, maxTaken.get());
        } finally {
            retire(campaign);
        }
    }

    private static void check(int round, Long trackId, Map<Long, Answer> accepted, Map<Long, Answer> declined, long maxTaken) {
        QuarkusTransaction.requiringNew().run(() -> {
            Places places = Arc.container().instance(Places.class).get();
            String r = "round " + round + ": ";
            long taken = places.taken(trackId);
            assertTrue(maxTaken <= CAPACITY, r + "at one moment " + maxTaken + " places were taken");
            assertTrue(taken <= CAPACITY, r + taken + " places taken");
            long freed = Offer.count("trackId = ?1 and outcome in ?2", trackId,
                    List.of(OfferOutcome.DECLINED, OfferOutcome.EXPIRED, OfferOutcome.WITHDRAWN));
            long replacing = Offer.count("trackId = ?1 and replacesOfferId is not null", trackId);
            long initial = Offer.count("trackId = ?1 and replacesOfferId is null", trackId);
            long waiting = Application.count("track.id = ?1 and status = ?2", trackId, ApplicationStatus.WAITLISTED);
            long left = CAPACITY - taken;
            assertEquals(CAPACITY, initial, r + "only the publication makes offers that replace nothing");
            assertEquals(freed, replacing + left, r + "every freed place is offered again or still free");
            assertTrue(left == 0 || waiting == 0, r + left + " places free while " + waiting + " wait");
            for (Application a : Application.<Application>list("track.id", trackId)) {
                Offer offer = Offer.of(a.id).orElse(null);
                ApplicationStatus expected = offer == null ? a.status : switch (offer.outcome == null ? "OPEN" : offer.outcome.name()) {
                    case "OPEN" -> ApplicationStatus.ADMITTED;
                    case "ACCEPTED" -> ApplicationStatus.ACCEPTED;
                    case "DECLINED" -> ApplicationStatus.DECLINED;
                    case "EXPIRED" -> ApplicationStatus.EXPIRED;
                    default -> ApplicationStatus.WITHDRAWN;
                };
                assertEquals(expected, a.status, r + a.reference + " and its offer disagree");
                List<ApplicationEvent> history = ApplicationEvent.list("application.id = ?1 order by id", a.id);
                assertEquals(a.status, history.get(history.size() - 1).toStatus, r + a.reference + " history");
                if (accepted.get(a.id) == Answer.RECORDED) {
                    assertEquals(ApplicationStatus.ACCEPTED, a.status, r + "an acceptance was lost");
                }
                if (declined.get(a.id) == Answer.RECORDED) {
                    assertEquals(ApplicationStatus.DECLINED, a.status, r + "a decline was lost");
                }
            }
        });
    }
}
