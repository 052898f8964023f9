package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.CandidateMails;
import fr.univlorraine.ieps.application.ContinuationPlaceFreed;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.campaign.TrackSettingsSaved;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.notification.ApplicationMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Who holds the places of a track. Every change of that (an offer made, answered, expired or
 * withdrawn, a place given to the waiting list) goes through here under a write lock on the track's
 * row, so the changes of one track happen one at a time on any database and any number of app
 * instances, and the capacity rule — offers pending + accepted + enrolled ≤ capacity — holds at every
 * instant. A freed place goes at once to the next on the waiting list. Dossiers imported from the national platform
 * are never offered a place nor promoted from here: the platform does that.
 */
@ApplicationScoped
public class OfferService {

    private static final Logger LOG = Logger.getLogger(OfferService.class);

    /** The last minute of the last day to answer, in Paris. */
    private static final LocalTime DEADLINE_TIME = LocalTime.of(23, 59, 59);

    public static final ActorRef SYSTEM = new ActorRef("system", "IEPS", Actor.SYSTEM);

    /** What became of a candidate's answer. */
    public enum Answer {
        RECORDED,
        /** The deadline had passed: the offer is expired now and the place went to the waiting list. */
        TOO_LATE
    }

    @Inject
    ApplicationService applications;

    @Inject
    Places places;

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @Inject
    CandidateMails mails;

    /** The end of the answering time for an offer made at {@code offeredAt}: 23:59 in Paris, {@code days} days later. */
    public static Instant deadline(Instant offeredAt, int days) {
        return offeredAt.atZone(AppClock.PARIS).toLocalDate().plusDays(days).atTime(DEADLINE_TIME)
                .atZone(AppClock.PARIS).toInstant();
    }

    /**
     * The candidate's current place on the waiting list (1 = next to be offered), or empty when not on it.
     * Recomputed from the candidates still waiting, so it improves as people above leave.
     */
    public Optional<Integer> currentWaitlistRank(Application app) {
        if (app.status != ApplicationStatus.WAITLISTED) {
            return Optional.empty();
        }
        return Decision.of(app.id).map(mine -> 1 + (int) Counts.of("select count(d) from Decision d "
                + "where d.application.track.id = ?1 and d.application.status = ?2 and d.waitlistRank < ?3", app.track.id,
                ApplicationStatus.WAITLISTED, mine.waitlistRank));
    }

    /**
     * Offers a place to a dossier, under the track's lock the caller holds. Refuses when no place is left:
     * this is the one place where the capacity rule is checked before anyone is admitted.
     */
    Offer offer(Track locked, Application app, Transition transition, ActorRef actor, Long replacesOfferId) {
        if (app.origin == ApplicationOrigin.PLATFORM) {
            // the national platform makes the offers of its candidates; the head records them as its outcomes
            throw new IllegalStateException("Dossier " + app.id + " is decided on the national platform");
        }
        if (places.taken(locked.id) >= locked.capacity) {
            throw new RuleViolation(DecisionError.CAPACITY_FULL);
        }
        Instant now = clock.now();
        applications.transition(app, transition, actor, null);
        Offer offer = new Offer();
        offer.application = app;
        offer.trackId = locked.id;
        offer.offeredAt = now;
        offer.deadline = deadline(now, locked.offerResponseDays);
        offer.replacesOfferId = replacesOfferId;
        offer.persist();
        return offer;
    }

    /**
     * Gives the free places of a track to the waiting list in rank order, under the lock the caller holds.
     * The first offer made names {@code replacesOfferId}, the offer whose place just freed (null when the
     * places were free already). Returns how many offers were made.
     */
    public int fillFreePlaces(Track locked, Long replacesOfferId) {
        int made = 0;
        while (places.taken(locked.id) < locked.capacity) {
            Optional<Application> next = nextOnWaitlist(locked.id);
            if (next.isEmpty()) {
                if (made == 0 && replacesOfferId != null) {
                    LOG.infof("A place freed on track %d and the waiting list is empty", locked.id);
                }
                break;
            }
            offer(locked, next.get(), Transition.PROMOTE, SYSTEM, made == 0 ? replacesOfferId : null);
            mails.owe(ApplicationMail.Kind.DECISION, next.get());
            made++;
        }
        return made;
    }

    /** The admin saved the track (under its lock): a larger capacity gives the waiting list its new places now. */
    void onTrackSaved(@Observes TrackSettingsSaved saved) {
        fillFreePlaces(saved.track(), null);
    }

    /** A continuing M2 student is leaving (under the track's lock): their place goes to the waiting list at once. */
    void onContinuationPlaceFreed(@Observes ContinuationPlaceFreed freed) {
        fillFreePlaces(freed.track(), null);
    }

    private Optional<Application> nextOnWaitlist(Long trackId) {
        return em.createQuery("select d.application from Decision d where d.application.track.id = ?1 "
                + "and d.application.status = ?2 and d.publishedAt is not null and d.application.origin <> ?3 "
                + "order by d.waitlistRank, d.id", Application.class)
                .setParameter(1, trackId).setParameter(2, ApplicationStatus.WAITLISTED)
                .setParameter(3, ApplicationOrigin.PLATFORM)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The candidate takes the place offered. Past the deadline, the offer expires instead. */
    @Transactional
    public Answer accept(Long applicationId, ActorRef candidate) {
        return answer(applicationId, candidate, Transition.ACCEPT, null);
    }

    /** The candidate turns the place down; it goes at once to the next on the waiting list. */
    @Transactional
    public Answer decline(Long applicationId, ActorRef candidate, String reason) {
        return answer(applicationId, candidate, Transition.DECLINE, reason);
    }

    private Answer answer(Long applicationId, ActorRef candidate, Transition move, String reason) {
        Application app = lockOwned(applicationId, candidate.subject());
        Offer offer = Offer.open(app.id).filter(o -> app.status == ApplicationStatus.ADMITTED)
                .orElseThrow(() -> new RuleViolation(DecisionError.NO_OPEN_OFFER));
        if (expireIfLate(offer)) {
            return Answer.TOO_LATE;
        }
        applications.transition(app, move, candidate, reason);
        if (move == Transition.ACCEPT) {
            close(offer, OfferOutcome.ACCEPTED);
        } else {
            close(offer, OfferOutcome.DECLINED);
            fillFreePlaces(em.find(Track.class, app.track.id), offer.id);
        }
        mails.owe(ApplicationMail.Kind.ANSWER_RECORDED, app);
        return Answer.RECORDED;
    }

    /**
     * The candidate withdraws, in any state before acceptance. Under the track's lock too: a withdrawal
     * after an offer frees a place, and one from the waiting list must not cross a promotion.
     */
    @Transactional
    public void withdraw(Long applicationId, ActorRef candidate, String reason) {
        Application app = lockOwned(applicationId, candidate.subject());
        Optional<Offer> open = Offer.open(app.id);
        applications.transition(app, Transition.WITHDRAW, candidate, reason);
        open.ifPresent(offer -> {
            close(offer, OfferOutcome.WITHDRAWN);
            fillFreePlaces(em.find(Track.class, app.track.id), offer.id);
        });
        mails.owe(ApplicationMail.Kind.WITHDRAWN, app);
    }

    /**
     * Expires one offer if it is still open and past its deadline, and gives its place to the waiting list.
     * Safe to call from several instances at once: the second one finds the offer closed and does nothing.
     */
    @Transactional
    public boolean expire(Long offerId) {
        Long trackId = em.createQuery("select o.trackId from Offer o where o.id = ?1", Long.class)
                .setParameter(1, offerId).getResultStream().findFirst().orElse(null);
        if (trackId == null) {
            return false;
        }
        Track.lock(trackId);
        Offer offer = em.find(Offer.class, offerId);
        return expireIfLate(offer);
    }

    /** The open offers whose deadline has passed (each expired in its own transaction by the jobs). */
    public List<Long> overdueOffers() {
        return Offer.overdue(clock.now()).stream().map(o -> o.id).toList();
    }

    /** The open offers not reminded yet on tracks that send reminders; {@link #remind} checks the delay. */
    public List<Long> reminderCandidates() {
        return em.createQuery("select o.id from Offer o, Track t where t.id = o.trackId and o.outcome is null "
                + "and o.remindedAt is null and t.reminderDaysBefore > 0 and o.deadline > ?1 order by o.id", Long.class)
                .setParameter(1, clock.now()).getResultList();
    }

    /**
     * Reminds the candidate if the offer ends within the track's reminder delay. The reminder is claimed by a
     * conditional update, so two instances running this at once write it once. Returns whether this call did.
     */
    @Transactional
    public boolean remind(Long offerId) {
        Instant now = clock.now();
        Offer offer = em.find(Offer.class, offerId);
        Track track = em.find(Track.class, offer.trackId);
        if (now.isBefore(offer.deadline.minus(Duration.ofDays(track.reminderDaysBefore)))) {
            return false;
        }
        int updated = em.createQuery("update Offer o set o.remindedAt = ?1 where o.id = ?2 "
                + "and o.remindedAt is null and o.outcome is null")
                .setParameter(1, now).setParameter(2, offerId).executeUpdate();
        if (updated == 1) {
            mails.owe(ApplicationMail.Kind.REMINDER, offer.application, offer.deadline);
        }
        return updated == 1;
    }

    /** The candidate's dossier, read after its track is locked, so its state is the current one. */
    private Application lockOwned(Long applicationId, String subject) {
        Long trackId = em.createQuery("select a.track.id from Application a where a.id = ?1 and a.candidateSubject = ?2",
                Long.class).setParameter(1, applicationId).setParameter(2, subject)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        Track.lock(trackId);
        Application app = em.find(Application.class, applicationId);
        em.refresh(app);
        return app;
    }

    /** Under the track's lock: expires the offer if open and late, then promotes. */
    private boolean expireIfLate(Offer offer) {
        if (offer == null || !offer.isOpen() || !clock.now().isAfter(offer.deadline)) {
            return false;
        }
        applications.transition(offer.application, Transition.EXPIRE, SYSTEM, null);
        close(offer, OfferOutcome.EXPIRED);
        fillFreePlaces(em.find(Track.class, offer.trackId), offer.id);
        return true;
    }

    private void close(Offer offer, OfferOutcome outcome) {
        offer.outcome = outcome;
        offer.closedAt = clock.now();
    }
}
