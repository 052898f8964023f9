package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.jobs.Job;
import fr.univlorraine.ieps.jobs.Jobs;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.RuleViolation;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The clock's work: scheduled publications, expiry of unanswered offers (their places go to the waiting list) and
 * reminders before deadlines. Each publication, expiry and reminder runs in its own transaction and its own try
 * ({@link Jobs}): one that fails is recorded and the others go on. Every step is idempotent and takes the track's
 * lock, so it is safe when several app instances run it at the same moment.
 */
@ApplicationScoped
public class DecisionJobs {

    private static final Logger LOG = Logger.getLogger(DecisionJobs.class);

    /** How the clock's work runs ({@code ieps.decisions.*}). */
    @ConfigMapping(prefix = "ieps.decisions")
    public interface Settings {

        /** How often ("off" in tests, which call {@link DecisionJobs#run()}). */
        String checkEvery();

        /** Technical failures of a scheduled publication before it stops being tried and says why. */
        @WithDefault("3")
        int publicationAttempts();
    }

    @Inject
    DecisionPublication publication;

    @Inject
    PublicationSchedule schedule;

    @Inject
    OfferService offers;

    @Inject
    Jobs jobs;

    @Inject
    Settings settings;

    @Scheduled(identity = "decisions", every = "${ieps.decisions.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        run();
    }

    /** One pass of every job; tests call it directly. */
    public void run() {
        jobs.run(Job.PUBLICATION, schedule::duePublications, id -> "track " + id, this::publishScheduled,
                this::publicationFailed);
        var expired = jobs.run(Job.OFFER_EXPIRY, offers::overdueOffers, id -> "offer " + id, offers::expire, null);
        var reminded = jobs.run(Job.OFFER_REMINDER, offers::reminderCandidates, id -> "offer " + id, offers::remind, null);
        if (expired.done() > 0 || reminded.done() > 0) {
            LOG.infof("Offers: %d expired, %d reminders written", expired.done(), reminded.done());
        }
    }

    /** Publishes a track whose time has come, if still scheduled (the lock makes a second instance find nothing). */
    boolean publishScheduled(Long trackId) {
        Track track = Track.lock(trackId);
        if (!track.publicationScheduled) {
            return false;
        }
        var head = new ActorRef(track.publicationScheduledBy, track.publicationScheduledByName, Actor.HEAD);
        publication.publish(trackId, head);
        LOG.infof("Decisions of track %d published as scheduled by %s", trackId, head.name());
        return true;
    }

    /**
     * A refusal by a rule (a place count that no longer fits) stops the schedule at once with its reason; a technical
     * failure is tried again at the next pass, and stops the schedule after {@code publicationAttempts} in a row.
     */
    void publicationFailed(Long trackId, RuntimeException error) {
        if (error instanceof RuleViolation refused) {
            schedule.publicationFailed(trackId, refused.error);
            return;
        }
        Track track = Track.lock(trackId);
        track.publicationFailures++;
        if (track.publicationFailures >= settings.publicationAttempts()) {
            LOG.errorf("Scheduled publication of track %d failed %d times: no longer tried", trackId,
                    track.publicationFailures);
            schedule.publicationFailed(trackId, DecisionError.PUBLICATION_FAILED);
        }
    }
}
