package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.ranking.PublishedDecisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** The published decisions the ranking board shows next to each dossier's rank once the track is published. */
@ApplicationScoped
public class BoardDecisions implements PublishedDecisions {

    @Inject
    EntityManager em;

    @Override
    public Map<Long, Localizable> ofTrack(Long trackId) {
        Map<Long, Localizable> map = new HashMap<>();
        for (Object[] row : em.createQuery("select d.application.id, d.kind from Decision d "
                + "where d.application.track.id = ?1 and d.publishedAt is not null", Object[].class)
                .setParameter(1, trackId).getResultList()) {
            map.put((Long) row[0], (DecisionKind) row[1]);
        }
        return map;
    }
}
