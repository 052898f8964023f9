package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A publication the heads ask for at the track's publication time: {@link DecisionJobs} publishes it then, as the
 * head who asked. Until then the drafts are frozen; a publication refused at that time is kept for the heads to see.
 */
@ApplicationScoped
public class PublicationSchedule {

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    /** Asks the scheduler to publish at the track's publication time, as this head. */
    @Transactional
    public void schedule(Long trackId, ActorRef head) {
        Track track = Track.lock(trackId);
        if (!clock.now().isBefore(track.decisionsPublishedAt)) {
            throw new RuleViolation(DecisionError.PUBLICATION_TIME_PASSED);
        }
        track.publicationScheduled = true;
        track.publicationScheduledBy = head.subject();
        track.publicationScheduledByName = head.name();
        track.publicationError = null;
        track.publicationFailures = 0;
    }

    @Transactional
    public void unschedule(Long trackId) {
        Track track = Track.lock(trackId);
        track.publicationScheduled = false;
    }

    /** The tracks whose scheduled publication time has come. */
    @Transactional
    public List<Long> duePublications() {
        return em.createQuery("select t.id from Track t where t.publicationScheduled = true and t.decisionsPublishedAt <= ?1",
                Long.class).setParameter(1, clock.now()).getResultList();
    }

    /** Keeps the reason a scheduled publication could not run (its code), for the heads, and stops retrying. */
    @Transactional
    public void publicationFailed(Long trackId, Localizable error) {
        Track track = Track.lock(trackId);
        track.publicationScheduled = false;
        track.publicationError = error.code();
    }
}
