package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.TakenPlaces;
import fr.univlorraine.ieps.campaign.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The places of a track: taken by offers waiting for an answer, accepted and enrolled candidates, and on an M2
 * track by the M1 students continuing there ({@link Continuation}, unless leaving); the rest is left. Read by
 * the ranking board, the decisions and the admin's track page; changed only by the offers and the continuations,
 * under the track's lock ({@link Track#lock}).
 */
@ApplicationScoped
public class Places implements TakenPlaces {

    @Inject
    EntityManager em;

    /** Places taken on a track: offers waiting for an answer, accepted and enrolled candidates, continuing students. */
    @Override
    public long taken(Long trackId) {
        return em.createQuery("select count(a) from Application a where a.track.id = ?1 and a.status in ?2", Long.class)
                .setParameter(1, trackId)
                .setParameter(2, List.of(ApplicationStatus.ADMITTED, ApplicationStatus.ACCEPTED, ApplicationStatus.ENROLLED))
                .getSingleResult()
                + continuing(trackId);
    }

    /** Places of an M2 track kept for the M1 students continuing there (pending or confirmed); 0 on other tracks. */
    public long continuing(Long trackId) {
        return Continuation.holding(trackId);
    }

    /** Places still free in the track: capacity minus offers pending or taken. */
    public int left(Track track) {
        return (int) Math.max(0, track.capacity - taken(track.id));
    }
}
