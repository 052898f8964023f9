package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.review.Criterion;
import fr.univlorraine.ieps.review.Recommendation;
import fr.univlorraine.ieps.review.ReviewStatus;
import fr.univlorraine.ieps.review.Scores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A track's ranking: dossiers under review in score order (mean of submitted reviews), until heads move
 * them by hand; from then on the explicit positions hold, and dossiers not yet placed slot in by score.
 * Every manual move needs a reason and is logged. The board is read in a fixed number of queries,
 * whatever the number of dossiers.
 */
@ApplicationScoped
public class RankingService {

    public static final int PAGE_SIZE = 100;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    Places places;

    /** A dossier as ordering needs it. */
    record Scored(Long id, String reference, BigDecimal mean, Integer position, boolean decided) {
    }

    /** Aggregate of a dossier's reviews, from one grouped query. */
    record Aggregate(int submitted, int pending, BigDecimal mean, BigDecimal spread, int admit, int waitlist, int reject) {
        static final Aggregate NONE = new Aggregate(0, 0, null, null, 0, 0, 0);
    }

    private record Dossier(Long id, String reference, String firstName, String lastName, EntryRoute route, boolean vap) {
    }

    /** One page of the board; pages count from 1. */
    @Transactional
    public Board board(Track track, int page) {
        return board(track, page, PAGE_SIZE);
    }

    /** The whole board on one page, for the minutes. */
    @Transactional
    public Board wholeBoard(Track track) {
        return board(track, 1, Integer.MAX_VALUE);
    }

    private Board board(Track track, int page, int pageSize) {
        List<Criterion> criteria = Criterion.ofCampaign(track.campaign);
        Map<Long, Dossier> dossiers = dossiers(track.id);
        Map<Long, Aggregate> aggregates = aggregates(track.id);
        Map<Long, RankPosition> positions = positions(track.id);
        List<Scored> order = order(scored(dossiers, aggregates, positions));
        int total = order.size();
        int pages = Math.max(1, (int) ((total + (long) pageSize - 1) / pageSize));
        int current = Math.min(Math.max(1, page), pages);
        int from = (current - 1) * pageSize;
        List<Scored> shown = order.subList(from, (int) Math.min(total, (long) from + pageSize));
        Map<Long, Map<Long, BigDecimal>> byCriterion = criterionMeans(shown.stream().map(Scored::id).toList());
        boolean[] ties = ties(order);
        BigDecimal threshold = track.campaign.disagreementThreshold;
        int disagreements = 0;
        int missing = 0;
        for (Scored s : order) {
            Aggregate a = aggregates.getOrDefault(s.id(), Aggregate.NONE);
            disagreements += Scores.disagree(a.spread(), threshold) ? 1 : 0;
            missing += a.pending() > 0 || a.submitted() == 0 ? 1 : 0;
        }
        int tieCount = 0;
        for (boolean t : ties) {
            tieCount += t ? 1 : 0;
        }
        List<BoardRow> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Scored s = shown.get(i);
            Dossier d = dossiers.get(s.id());
            Aggregate a = aggregates.getOrDefault(s.id(), Aggregate.NONE);
            Map<Long, BigDecimal> means = byCriterion.getOrDefault(s.id(), Map.of());
            rows.add(new BoardRow(from + i + 1, d.id(), d.reference(), d.firstName(), d.lastName(), d.route(), d.vap(),
                    a.mean(), a.spread(), a.submitted(), a.pending(), a.admit(), a.waitlist(), a.reject(),
                    Scores.disagree(a.spread(), threshold), ties[from + i], s.decided(),
                    criteria.stream().map(c -> means.get(c.id)).toList()));
        }
        return new Board(track, criteria, rows, total, current, pages, places.left(track), tieCount, disagreements,
                missing, !positions.isEmpty());
    }

    /**
     * Moves a dossier to a rank, with the head's reason. {@code expectedRank} is the rank the head saw:
     * if someone moved things meanwhile, nothing happens and the head is asked to look again.
     */
    @Transactional
    public void move(Track track, Long applicationId, int expectedRank, int toRank, String reason, ActorRef head) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(RankingError.RANK_REASON_REQUIRED);
        }
        if (reason.length() > 1000) {
            throw new RuleViolation(FieldError.TOO_LONG_1000);
        }
        // one move at a time per track: two heads never interleave their rewrites of the positions
        em.find(Track.class, track.id, LockModeType.PESSIMISTIC_WRITE);
        Map<Long, RankPosition> positions = positions(track.id);
        List<Scored> order = new ArrayList<>(order(scored(dossiers(track.id), aggregates(track.id), positions)));
        int from = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(applicationId)) {
                from = i;
            }
        }
        if (from < 0) {
            throw new NotFoundException();
        }
        if (toRank < 1 || toRank > order.size()) {
            throw new RuleViolation(RankingError.RANK_OUT_OF_RANGE);
        }
        if (expectedRank != from + 1) {
            throw new RuleViolation(RankingError.BOARD_CHANGED);
        }
        Scored moved = order.remove(from);
        order.add(toRank - 1, moved);
        for (int i = 0; i < order.size(); i++) {
            Scored s = order.get(i);
            RankPosition position = positions.remove(s.id());
            if (position == null) {
                position = new RankPosition(s.id(), track.id, i + 1, false);
                em.persist(position);
            }
            position.position = i + 1;
            position.decided = position.decided || s.id().equals(applicationId);
        }
        // dossiers that left the board (withdrawn) lose their place
        positions.values().forEach(em::remove);
        var change = new RankChange();
        change.trackId = track.id;
        change.applicationId = applicationId;
        change.fromPosition = from + 1;
        change.toPosition = toRank;
        change.reason = reason.strip();
        change.actorSubject = head.subject();
        change.actorName = head.name();
        change.occurredAt = clock.now();
        em.persist(change);
    }

    /**
     * Positioned dossiers keep their order; the others (never placed, or reviewed since) are merged in
     * by score: a dossier goes before the first positioned one with a strictly lower mean. Without any
     * position, this is the plain score order. Dossiers without a score come last, by reference.
     */
    static List<Scored> order(List<Scored> dossiers) {
        Comparator<Scored> byScore = Comparator.comparing(Scored::mean, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Scored::reference, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Scored::id);
        List<Scored> placed = dossiers.stream().filter(s -> s.position() != null)
                .sorted(Comparator.comparing(Scored::position).thenComparing(Scored::id)).toList();
        List<Scored> unplaced = dossiers.stream().filter(s -> s.position() == null).sorted(byScore).toList();
        List<Scored> merged = new ArrayList<>(dossiers.size());
        int p = 0;
        int u = 0;
        while (p < placed.size() || u < unplaced.size()) {
            if (u < unplaced.size() && (p == placed.size() || above(unplaced.get(u), placed.get(p)))) {
                merged.add(unplaced.get(u++));
            } else {
                merged.add(placed.get(p++));
            }
        }
        return merged;
    }

    private static boolean above(Scored candidate, Scored placed) {
        if (candidate.mean() == null) {
            return false;
        }
        return placed.mean() == null || candidate.mean().compareTo(placed.mean()) > 0;
    }

    /** Neighbours with the same mean that no head has placed are a tie the committee must resolve. */
    static boolean[] ties(List<Scored> order) {
        boolean[] tie = new boolean[order.size()];
        for (int i = 1; i < order.size(); i++) {
            Scored a = order.get(i - 1);
            Scored b = order.get(i);
            if (a.mean() != null && b.mean() != null && a.mean().compareTo(b.mean()) == 0 && !a.decided() && !b.decided()) {
                tie[i - 1] = true;
                tie[i] = true;
            }
        }
        return tie;
    }

    private static List<Scored> scored(Map<Long, Dossier> dossiers, Map<Long, Aggregate> aggregates,
            Map<Long, RankPosition> positions) {
        List<Scored> list = new ArrayList<>(dossiers.size());
        for (Dossier d : dossiers.values()) {
            RankPosition p = positions.get(d.id());
            list.add(new Scored(d.id(), d.reference(), aggregates.getOrDefault(d.id(), Aggregate.NONE).mean(),
                    p == null ? null : p.position, p != null && p.decided));
        }
        return list;
    }

    private Map<Long, Dossier> dossiers(Long trackId) {
        Map<Long, Dossier> map = new HashMap<>();
        for (Object[] row : em.createQuery("select a.id, a.reference, a.firstName, a.lastName, a.entryRoute, a.vap "
                + "from Application a where a.track.id = ?1 and a.status = ?2", Object[].class)
                .setParameter(1, trackId).setParameter(2, ApplicationStatus.UNDER_REVIEW).getResultList()) {
            map.put((Long) row[0], new Dossier((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                    (EntryRoute) row[4], (Boolean) row[5]));
        }
        return map;
    }

    private Map<Long, Aggregate> aggregates(Long trackId) {
        Map<Long, Aggregate> map = new HashMap<>();
        for (Object[] row : em.createQuery("select r.application.id, "
                + "sum(case when r.status = ?3 then 1 else 0 end), "
                + "sum(case when r.status in ?4 then 1 else 0 end), "
                + "sum(case when r.status = ?3 then r.score end), "
                + "min(case when r.status = ?3 then r.score end), max(case when r.status = ?3 then r.score end), "
                + "sum(case when r.status = ?3 and r.recommendation = ?5 then 1 else 0 end), "
                + "sum(case when r.status = ?3 and r.recommendation = ?6 then 1 else 0 end), "
                + "sum(case when r.status = ?3 and r.recommendation = ?7 then 1 else 0 end) "
                + "from Review r where r.application.track.id = ?1 and r.application.status = ?2 "
                + "group by r.application.id", Object[].class)
                .setParameter(1, trackId).setParameter(2, ApplicationStatus.UNDER_REVIEW)
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

    private Map<Long, RankPosition> positions(Long trackId) {
        Map<Long, RankPosition> map = new HashMap<>();
        for (RankPosition p : em.createQuery("from RankPosition p where p.trackId = ?1", RankPosition.class)
                .setParameter(1, trackId).getResultList()) {
            map.put(p.applicationId, p);
        }
        return map;
    }

    /** Mean level per criterion of the submitted reviews, for these dossiers only. */
    @SuppressWarnings("unchecked")
    private Map<Long, Map<Long, BigDecimal>> criterionMeans(List<Long> applicationIds) {
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
