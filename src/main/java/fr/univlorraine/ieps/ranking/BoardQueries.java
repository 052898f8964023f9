package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.review.Recommendation;
import fr.univlorraine.ieps.review.ReviewStatus;
import fr.univlorraine.ieps.review.Scores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a track's board is read from, in a fixed number of grouped queries whatever the number of dossiers. */
@ApplicationScoped
class BoardQueries {

    /** The board being prepared: the dossiers under review. */
    static final List<ApplicationStatus> UNDER_REVIEW = List.of(ApplicationStatus.UNDER_REVIEW);
    /** Where a dossier may stand once its decision is published. */
    static final List<ApplicationStatus> DECIDED = List.of(ApplicationStatus.ADMITTED, ApplicationStatus.WAITLISTED,
            ApplicationStatus.REJECTED, ApplicationStatus.ACCEPTED, ApplicationStatus.DECLINED, ApplicationStatus.EXPIRED,
            ApplicationStatus.ENROLLED, ApplicationStatus.WITHDRAWN);

    @Inject
    EntityManager em;

    /** Aggregate of a dossier's reviews, from one grouped query. */
    record Aggregate(int submitted, int pending, BigDecimal mean, BigDecimal spread, int admit, int waitlist, int reject) {
        static final Aggregate NONE = new Aggregate(0, 0, null, null, 0, 0, 0);
    }

    record Dossier(Long id, String reference, String firstName, String lastName, EntryRoute route, boolean vap,
            ApplicationStatus status, ApplicationOrigin origin) {
    }

    /** The dossiers as ordering needs them: their mean and the place heads gave them, if any. */
    static List<RankOrder.Scored> scored(Map<Long, Dossier> dossiers, Map<Long, Aggregate> aggregates,
            Map<Long, RankPosition> positions) {
        List<RankOrder.Scored> list = new ArrayList<>(dossiers.size());
        for (Dossier d : dossiers.values()) {
            RankPosition p = positions.get(d.id());
            list.add(new RankOrder.Scored(d.id(), d.reference(), aggregates.getOrDefault(d.id(), Aggregate.NONE).mean(),
                    p == null ? null : p.position, p != null && p.decided));
        }
        return list;
    }

    /** The track's dossiers under review, by id. */
    Map<Long, Dossier> dossiers(Long trackId) {
        return dossiers(trackId, UNDER_REVIEW);
    }

    /** The track's dossiers in these statuses, by id. */
    Map<Long, Dossier> dossiers(Long trackId, List<ApplicationStatus> statuses) {
        Map<Long, Dossier> map = new HashMap<>();
        for (Object[] row : em.createQuery("select a.id, a.reference, a.firstName, a.lastName, a.entryRoute, a.vap, a.status, a.origin "
                + "from Application a where a.track.id = ?1 and a.status in ?2", Object[].class)
                .setParameter(1, trackId).setParameter(2, statuses).getResultList()) {
            map.put((Long) row[0], new Dossier((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                    (EntryRoute) row[4], (Boolean) row[5], (ApplicationStatus) row[6], (ApplicationOrigin) row[7]));
        }
        return map;
    }

    /** The aggregate of each dossier's reviews, by application id. */
    Map<Long, Aggregate> aggregates(Long trackId) {
        return aggregates(trackId, UNDER_REVIEW);
    }

    /** The aggregate of the reviews of each dossier in these statuses, by application id. */
    Map<Long, Aggregate> aggregates(Long trackId, List<ApplicationStatus> statuses) {
        Map<Long, Aggregate> map = new HashMap<>();
        for (Object[] row : em.createQuery("select r.application.id, "
                + "sum(case when r.status = ?3 then 1 else 0 end), "
                + "sum(case when r.status in ?4 then 1 else 0 end), "
                + "sum(case when r.status = ?3 then r.score end), "
                + "min(case when r.status = ?3 then r.score end), max(case when r.status = ?3 then r.score end), "
                + "sum(case when r.status = ?3 and r.recommendation = ?5 then 1 else 0 end), "
                + "sum(case when r.status = ?3 and r.recommendation = ?6 then 1 else 0 end), "
                + "sum(case when r.status = ?3 and r.recommendation = ?7 then 1 else 0 end) "
                + "from Review r where r.application.track.id = ?1 and r.application.status in ?2 "
                + "group by r.application.id", Object[].class)
                .setParameter(1, trackId).setParameter(2, statuses)
                .setParameter(3, ReviewStatus.SUBMITTED)
                .setParameter(4, List.of(ReviewStatus.ASSIGNED, ReviewStatus.DRAFT))
                .setParameter(5, Recommendation.ADMIT).setParameter(6, Recommendation.WAITLIST)
                .setParameter(7, Recommendation.REJECT)
                .getResultList()) {
            int submitted = ((Number) row[1]).intValue();
            // the same arithmetic as Scores.mean: exact sum, divided once, half-up to two decimals
            BigDecimal mean = submitted == 0 ? null
                    : new BigDecimal(row[3].toString()).divide(BigDecimal.valueOf(submitted), 2, RoundingMode.HALF_UP);
            map.put((Long) row[0], new Aggregate(submitted, ((Number) row[2]).intValue(), mean,
                    Scores.spread(decimal(row[4]), decimal(row[5])), ((Number) row[6]).intValue(),
                    ((Number) row[7]).intValue(), ((Number) row[8]).intValue()));
        }
        return map;
    }

    /** The places heads gave, by application id. */
    Map<Long, RankPosition> positions(Long trackId) {
        return RankPosition.ofTrack(trackId).stream().collect(Collectors.toMap(p -> p.applicationId, p -> p));
    }

    /** Mean level per criterion of the submitted reviews, for these dossiers only. */
    @SuppressWarnings("unchecked")
    Map<Long, Map<Long, BigDecimal>> criterionMeans(List<Long> applicationIds) {
        Map<Long, Map<Long, BigDecimal>> map = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return map;
        }
        List<Object[]> rows = em.createNativeQuery("select r.application_id, s.criterion_id, avg(cast(s.level as numeric(6,2))) "
                + "from review r join review_score s on s.review_id = r.id "
                + "where r.status = 'SUBMITTED' and r.application_id in (:ids) group by r.application_id, s.criterion_id")
                .setParameter("ids", applicationIds).getResultList();
        for (Object[] row : rows) {
            map.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
                    .put(((Number) row[1]).longValue(), decimal(row[2]).setScale(1, RoundingMode.HALF_UP));
        }
        return map;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return d.setScale(2, RoundingMode.HALF_UP);
    }
}
