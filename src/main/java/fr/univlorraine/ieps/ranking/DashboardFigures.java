package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.StatusCount;
import fr.univlorraine.ieps.application.TrackFigures;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.review.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The numbers of the heads' dashboard, track by track: dossiers per status, places left, the spread of
 * the dossiers' mean scores, and each reviewer's progress. Four grouped queries for all the tracks
 * together, whatever the number of dossiers and reviewers.
 */
@ApplicationScoped
public class DashboardFigures {

    /** Score bins are this many points wide, from 0 to 20; the last one includes 20. */
    public static final int BIN_WIDTH = 2;
    public static final int BINS = 10;

    @Inject
    EntityManager em;

    /** Dossiers whose mean falls in [from, to[, or [from, to] for the last bin. */
    public record Bin(int from, int to, long count) {
        public boolean last() {
            return to == BIN_WIDTH * BINS;
        }
    }

    /** One team member's reviews of a track's dossiers. */
    public record Reviewer(Long memberId, String name, long submitted, long drafts, long notStarted, long conflicts) {
        /** Reviews expected from the member: everything but the conflicts they declared. */
        public long assigned() {
            return submitted + drafts + notStarted;
        }
    }

    /** Everything the dashboard shows of one track. */
    public record TrackDashboard(Track track, List<StatusCount> funnel, long total, long taken, long filledOnPlatform,
            long placesLeft,
            List<Bin> bins, long underReview, long scored, List<Reviewer> reviewers, long continuing) {

        /** The statuses that occupy a place (offer pending or taken), with their counts. */
        public List<StatusCount> holding() {
            return funnel.stream().filter(c -> c.status().holdsPlace()).toList();
        }

        /**
         * A place is free after publication and nobody is left on the waiting list to take it: the
         * heads must act (a new decision round), nothing happens by itself.
         */
        public boolean freePlacesWithoutWaitlist() {
            return track.isPublished() && placesLeft > 0 && funnel.stream()
                    .noneMatch(c -> c.status() == ApplicationStatus.WAITLISTED && c.count() > 0);
        }

        // ints: the message bundle's plural choices take them

        public int freePlaces() {
            return Math.toIntExact(placesLeft);
        }

        public int unscored() {
            return Math.toIntExact(underReview - scored);
        }

        public int submitted() {
            return Math.toIntExact(reviewers.stream().mapToLong(Reviewer::submitted).sum());
        }

        public int assigned() {
            return Math.toIntExact(reviewers.stream().mapToLong(Reviewer::assigned).sum());
        }

        public long drafts() {
            return reviewers.stream().mapToLong(Reviewer::drafts).sum();
        }

        public long conflicts() {
            return reviewers.stream().mapToLong(Reviewer::conflicts).sum();
        }
    }

    @Transactional
    public List<TrackDashboard> of(List<Track> tracks) {
        if (tracks.isEmpty()) {
            return List.of();
        }
        List<Long> ids = tracks.stream().map(t -> t.id).toList();
        Map<Long, long[]> bins = bins(ids);
        Map<Long, List<Reviewer>> reviewers = reviewers(ids);
        List<TrackDashboard> result = new ArrayList<>();
        for (TrackFigures f : TrackFigures.of(tracks)) {
            Map<ApplicationStatus, Long> present = f.counts().stream()
                    .collect(Collectors.toMap(StatusCount::status, StatusCount::count));
            // every status, zeros included: the funnel keeps the same shape from one visit to the next
            List<StatusCount> funnel = Arrays.stream(ApplicationStatus.values())
                    .map(s -> new StatusCount(s, present.getOrDefault(s, 0L))).toList();
            long continuing = f.continuing();
            // the places the national platform filled are taken too, though their dossiers hold no status of the flow
            long taken = funnel.stream().filter(c -> c.status().holdsPlace()).mapToLong(StatusCount::count).sum()
                    + f.filledOnPlatform() + continuing;
            long[] counts = bins.getOrDefault(f.track().id, new long[BINS]);
            List<Bin> binList = IntStream.range(0, BINS).mapToObj(i -> new Bin(i * BIN_WIDTH, (i + 1) * BIN_WIDTH, counts[i]))
                    .toList();
            result.add(new TrackDashboard(f.track(), funnel, f.total(), taken, f.filledOnPlatform(), f.placesLeft(), binList,
                    present.getOrDefault(ApplicationStatus.UNDER_REVIEW, 0L), Arrays.stream(counts).sum(),
                    reviewers.getOrDefault(f.track().id, List.of()), continuing));
        }
        return result;
    }

    /** The bin of a mean out of 20: [0, 2[ is 0, ..., [18, 20] is 9. */
    static int binOf(BigDecimal mean) {
        int bin = mean.divide(BigDecimal.valueOf(BIN_WIDTH), 0, RoundingMode.FLOOR).intValue();
        return Math.min(BINS - 1, Math.max(0, bin));
    }

    /**
     * Dossiers under review with at least one submitted review, counted per bin of their mean. The mean is
     * the ranking board's: exact sum divided once, half-up to two decimals, so both pages agree.
     */
    private Map<Long, long[]> bins(List<Long> trackIds) {
        Map<Long, long[]> map = new HashMap<>();
        for (Object[] row : em.createQuery("select a.track.id, a.id, sum(r.score), count(r) from Review r "
                + "join r.application a where a.track.id in ?1 and a.status = ?2 and r.status = ?3 "
                + "and r.score is not null group by a.track.id, a.id", Object[].class)
                .setParameter(1, trackIds).setParameter(2, ApplicationStatus.UNDER_REVIEW)
                .setParameter(3, ReviewStatus.SUBMITTED).getResultList()) {
            BigDecimal mean = new BigDecimal(row[2].toString())
                    .divide(BigDecimal.valueOf(((Number) row[3]).longValue()), 2, RoundingMode.HALF_UP);
            map.computeIfAbsent((Long) row[0], id -> new long[BINS])[binOf(mean)]++;
        }
        return map;
    }

    /**
     * Each member's reviews per status, by track, sorted by name. A review still pending on a dossier that
     * left review (withdrawn, decided) can no longer be written: it is not counted as expected.
     */
    private Map<Long, List<Reviewer>> reviewers(List<Long> trackIds) {
        record Key(Long trackId, Long memberId) {
        }
        Map<Key, String> names = new LinkedHashMap<>();
        Map<Key, Map<ReviewStatus, Long>> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select a.track.id, m.id, m.fullName, r.status, count(r) from Review r "
                + "join r.application a join r.member m where a.track.id in ?1 "
                + "and (r.status in ?2 or a.status = ?3) group by a.track.id, m.id, m.fullName, r.status", Object[].class)
                .setParameter(1, trackIds).setParameter(2, List.of(ReviewStatus.SUBMITTED, ReviewStatus.CONFLICT))
                .setParameter(3, ApplicationStatus.UNDER_REVIEW).getResultList()) {
            Key key = new Key((Long) row[0], (Long) row[1]);
            names.put(key, (String) row[2]);
            counts.computeIfAbsent(key, k -> new HashMap<>()).put((ReviewStatus) row[3], ((Number) row[4]).longValue());
        }
        Collator french = Collator.getInstance(Locale.FRENCH);
        Map<Long, List<Reviewer>> map = new HashMap<>();
        names.forEach((key, name) -> {
            Map<ReviewStatus, Long> c = counts.get(key);
            map.computeIfAbsent(key.trackId(), id -> new ArrayList<>()).add(new Reviewer(key.memberId(), name,
                    c.getOrDefault(ReviewStatus.SUBMITTED, 0L), c.getOrDefault(ReviewStatus.DRAFT, 0L),
                    c.getOrDefault(ReviewStatus.ASSIGNED, 0L), c.getOrDefault(ReviewStatus.CONFLICT, 0L)));
        });
        map.values().forEach(list -> list.sort(Comparator.comparing(Reviewer::name, french).thenComparing(Reviewer::memberId)));
        return map;
    }
}
