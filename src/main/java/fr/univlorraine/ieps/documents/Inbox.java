package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.campaign.Level;
import io.quarkus.panache.common.Parameters;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The queries of the secretariat's inbox: a fixed number of queries whatever the number of dossiers. */
final class Inbox {

    private Inbox() {
    }

    static List<Application> dossiers(List<ApplicationStatus> statuses, Level level, boolean newestFirst) {
        String query = "from Application a join fetch a.track t join fetch t.campaign c where a.status in :statuses"
                + " and c.startYear = (select max(c2.startYear) from Campaign c2)"
                + (level == null ? "" : " and t.level = :level")
                + " order by a.submittedAt " + (newestFirst ? "desc" : "asc") + ", a.id";
        Parameters params = Parameters.with("statuses", statuses);
        if (level != null) {
            params.and("level", level);
        }
        return Application.list(query, params);
    }

    static Map<ApplicationStatus, Long> counts(List<ApplicationStatus> statuses, Level level) {
        var query = Application.getEntityManager().createQuery("select a.status, count(a) from Application a join a.track t "
                + "join t.campaign c where a.status in :statuses and c.startYear = (select max(c2.startYear) from Campaign c2)"
                + (level == null ? "" : " and t.level = :level") + " group by a.status", Object[].class)
                .setParameter("statuses", statuses);
        if (level != null) {
            query.setParameter("level", level);
        }
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (Object[] row : query.getResultList()) {
            counts.put((ApplicationStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Per dossier, the number of documents waiting for the secretariat's check. */
    static Map<Long, Long> documentsToCheck(List<Application> dossiers) {
        Map<Long, Long> pending = new HashMap<>();
        if (dossiers.isEmpty()) {
            return pending;
        }
        for (Object[] row : ApplicationDocument.getEntityManager().createQuery("select d.application.id, count(d) "
                + "from ApplicationDocument d where d.application.id in :ids and d.status = :pending group by d.application.id",
                Object[].class).setParameter("ids", dossiers.stream().map(a -> a.id).toList())
                .setParameter("pending", DocumentStatus.PENDING).getResultList()) {
            pending.put((Long) row[0], (Long) row[1]);
        }
        return pending;
    }
}
