package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.TakenPlaces;
import fr.univlorraine.ieps.campaign.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The places of a track: taken by offers waiting for an answer, accepted and enrolled candidates, by the candidates
 * who took a place through the national platform, and on an M2 track by the M1 students continuing there
 * ({@link Continuation}, unless leaving); the rest is left. Read by the ranking board, the decisions and the admin's
 * track page; changed only by the offers, the outcomes recorded from the platform and the continuations,
 * under the track's lock ({@link Track#lock}).
 */
@ApplicationScoped
public class Places implements TakenPlaces {

    /** The outcomes recorded from the platform that take one of the track's places. */
    private static final List<PlatformOutcome> PLATFORM_PLACES = java.util.Arrays.stream(PlatformOutcome.values())
            .filter(PlatformOutcome::takesAPlace).toList();

    @Inject
    EntityManager em;

    /**
     * Places taken on a track: offers waiting for an answer, accepted and enrolled candidates, the places filled on
     * the national platform (imported dossiers whose recorded outcome takes a place, {@link PlatformOutcome#takesAPlace})
     * and the M1 students continuing on an M2 track.
     */
    @Override
    public long taken(Long trackId) {
        return em.createQuery("select count(a) from Application a where a.track.id = ?1 and (a.status in ?2 "
                        + "or a.origin = ?3 and a.platformOutcome in ?4)", Long.class)
                .setParameter(1, trackId)
                .setParameter(2, List.of(ApplicationStatus.ADMITTED, ApplicationStatus.ACCEPTED, ApplicationStatus.ENROLLED))
                .setParameter(3, ApplicationOrigin.PLATFORM)
                .setParameter(4, PLATFORM_PLACES)
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
