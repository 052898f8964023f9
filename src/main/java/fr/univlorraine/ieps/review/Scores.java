package fr.univlorraine.ieps.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of scoring, in one place: a review's weighted score out of 20, a dossier's mean and
 * spread. Kept free of the database so that the rules can be read and tested on their own.
 */
public final class Scores {

    public static final BigDecimal OUT_OF = BigDecimal.valueOf(20);

    /** A criterion as scoring needs it: its id and weight. */
    public record Weighted(Long criterionId, int weight) {
    }

    private Scores() {
    }

    /**
     * Σ(level × weight) / (Σ weight × max level) × 20, rounded half-up to two decimals.
     * Every criterion must have a level.
     */
    public static BigDecimal weighted(List<Weighted> criteria, Map<Long, Integer> levels) {
        long points = 0;
        long maxPoints = 0;
        for (Weighted c : criteria) {
            Integer level = levels.get(c.criterionId());
            if (level == null || level < 0 || level > Criterion.MAX_LEVEL) {
                throw new IllegalArgumentException("no valid level for criterion " + c.criterionId());
            }
            points += (long) level * c.weight();
            maxPoints += (long) Criterion.MAX_LEVEL * c.weight();
        }
        if (maxPoints == 0) {
            throw new IllegalArgumentException("a rubric needs at least one weighted criterion");
        }
        return BigDecimal.valueOf(points).multiply(OUT_OF).divide(BigDecimal.valueOf(maxPoints), 2, RoundingMode.HALF_UP);
    }

    /** The mean of submitted reviews' scores, two decimals; null without any. */
    public static BigDecimal mean(Collection<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    /** Best minus worst score; zero for a single review, null without any. */
    public static BigDecimal spread(BigDecimal min, BigDecimal max) {
        return min == null || max == null ? null : max.subtract(min).setScale(2, RoundingMode.HALF_UP);
    }

    /** Reviewers disagree when the spread is strictly above the campaign's threshold. */
    public static boolean disagree(BigDecimal spread, BigDecimal threshold) {
        return spread != null && threshold != null && spread.compareTo(threshold) > 0;
    }
}
