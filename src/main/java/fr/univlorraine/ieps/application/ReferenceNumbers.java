package fr.univlorraine.ieps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The reference numbers of a track's dossiers, 1, 2, 3… without gaps or repeats. The last number lives in a row of
 * its own (table track_reference), locked by the increment until the submission commits: two submissions never get
 * the same number, and none of them writes the track's row, which the admin may be saving at the same moment.
 */
@ApplicationScoped
public class ReferenceNumbers {

    @Inject
    EntityManager em;

    /** The next number of the track, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(Long trackId) {
        if (increment(trackId) == 0) {
            // the track's first number: the track's row lock (taken in SQL, so that no version is checked, and never
            // written) orders the first submissions, so that one creates the counter and the others increment it
            em.createNativeQuery("select id from track where id = ?1 for update").setParameter(1, trackId)
                    .getResultList();
            if (increment(trackId) == 0) {
                em.createNativeQuery("insert into track_reference (track_id, last_number) values (?1, 1)")
                        .setParameter(1, trackId).executeUpdate();
                return 1;
            }
        }
        return ((Number) em.createNativeQuery("select last_number from track_reference where track_id = ?1")
                .setParameter(1, trackId).getSingleResult()).intValue();
    }

    private int increment(Long trackId) {
        return em.createNativeQuery("update track_reference set last_number = last_number + 1 where track_id = ?1")
                .setParameter(1, trackId).executeUpdate();
    }
}
