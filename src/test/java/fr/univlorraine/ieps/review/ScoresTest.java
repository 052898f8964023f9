package fr.univlorraine.ieps.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic of scoring: weighted score out of 20, mean, spread and disagreement. */
class ScoresTest {

    private static final List<Scores.Weighted> BROCHURE = List.of(new Scores.Weighted(1L, 25), new Scores.Weighted(2L, 25),
            new Scores.Weighted(3L, 20), new Scores.Weighted(4L, 15), new Scores.Weighted(5L, 15));

    @Test
    void theWeightedScoreIsTheWeightedMeanOfLevelsOutOf20() {
        assertEquals(new BigDecimal("20.00"), Scores.weighted(BROCHURE, Map.of(1L, 4, 2L, 4, 3L, 4, 4L, 4, 5L, 4)));
        assertEquals(new BigDecimal("0.00"), Scores.weighted(BROCHURE, Map.of(1L, 0, 2L, 0, 3L, 0, 4L, 0, 5L, 0)));
        // (4×25 + 3×25 + 2×20 + 1×15 + 0×15) / (4 × 100) × 20 = 230 / 400 × 20
        assertEquals(new BigDecimal("11.50"), Scores.weighted(BROCHURE, Map.of(1L, 4, 2L, 3, 3L, 2, 4L, 1, 5L, 0)));
        // weights need not add up to 100: (3×2 + 1×1) / (4×3) × 20 = 11.666… → 11.67
        assertEquals(new BigDecimal("11.67"), Scores.weighted(List.of(new Scores.Weighted(1L, 2), new Scores.Weighted(2L, 1)),
                Map.of(1L, 3, 2L, 1)));
    }

    @Test
    void aMissingOrOutOfScaleLevelIsNotScored() {
        assertThrows(IllegalArgumentException.class, () -> Scores.weighted(BROCHURE, Map.of(1L, 4)));
        assertThrows(IllegalArgumentException.class, () -> Scores.weighted(BROCHURE, Map.of(1L, 5, 2L, 4, 3L, 4, 4L, 4, 5L, 4)));
        assertThrows(IllegalArgumentException.class, () -> Scores.weighted(List.of(), Map.of()));
    }

    @Test
    void meanAndSpreadOfADossiersReviews() {
        assertNull(Scores.mean(List.of()));
        assertEquals(new BigDecimal("14.00"), Scores.mean(List.of(new BigDecimal("16.00"), new BigDecimal("12.00"))));
        // 13.33 + 13.34 + 13.34 = 40.01 → 13.336… → 13.34 (half-up)
        assertEquals(new BigDecimal("13.34"), Scores.mean(List.of(new BigDecimal("13.33"), new BigDecimal("13.34"), new BigDecimal("13.34"))));
        assertEquals(new BigDecimal("4.00"), Scores.spread(new BigDecimal("12.00"), new BigDecimal("16.00")));
        assertNull(Scores.spread(null, null));
    }

    @Test
    void reviewersDisagreeOnlyAboveTheThreshold() {
        BigDecimal threshold = new BigDecimal("4.00");
        assertFalse(Scores.disagree(new BigDecimal("4.00"), threshold));
        assertTrue(Scores.disagree(new BigDecimal("4.01"), threshold));
        assertFalse(Scores.disagree(null, threshold));
    }
}
