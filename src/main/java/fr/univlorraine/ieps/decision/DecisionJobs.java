package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.RuleViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The clock's work: scheduled publications, expiry of unanswered offers (their places go to the
 * waiting list) and reminders before deadlines. Every step is idempotent and takes the track's lock,
 * so it is safe when several app instances run it at the same moment.
 */
@ApplicationScoped
public class DecisionJobs {

    private static final Logger LOG = Logger.getLogger(DecisionJobs.class);

    @Inject
    DecisionPublication publication;

    @Inject
    PublicationSchedule schedule;

    @Inject
    OfferService offers;

    @Scheduled(identity = "decisions", every = "${ieps.decisions.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        run();
    }

    /** One pass of every job; tests call it directly. */
    public void run() {
        publishDue();
        int expired = offers.expireOverdue();
        int reminded = offers.remindDue();
        if (expired > 0 || reminded > 0) {
            LOG.infof("Offers: %d expired, %d reminders sent", expired, reminded);
        }
    }

    void publishDue() {
        for (Long trackId : schedule.duePublications()) {
            Track track = QuarkusTransaction.requiringNew().call(() -> Track.findById(trackId));
            ActorRef head = new ActorRef(track.publicationScheduledBy, track.publicationScheduledByName, Actor.HEAD);
            try {
                QuarkusTransaction.requiringNew().call(() -> {
                    // the lock taken by publish makes a second instance wait, then find nothing scheduled
                    Track current = Track.lock(trackId);
                    return current.publicationScheduled ? publication.publish(trackId, head) : null;
                });
                LOG.infof("Decisions of track %d published as scheduled by %s", trackId, head.name());
            } catch (RuleViolation e) {
                LOG.errorf("Scheduled publication of track %d refused: %s", trackId, e.error.code());
                schedule.publicationFailed(trackId, e.error);
            }
        }
    }
}
