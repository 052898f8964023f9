package fr.univlorraine.ieps.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.univlorraine.ieps.ranking.RankOrder.Scored;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the board orders dossiers: by score until heads place them, then their order, the others merged by score. */
class RankingOrderTest {

    private static Scored s(long id, String mean, Integer position, boolean decided) {
        return new Scored(id, "REF-" + id, mean == null ? null : new BigDecimal(mean), position, decided);
    }

    private static List<Long> ids(List<Scored> order) {
        return order.stream().map(Scored::id).toList();
    }

    @Test
    void withoutPositionsTheBoardFollowsTheMeanScoreAndUnscoredComeLast() {
        List<Scored> order = RankOrder.order(List.of(s(1, "12.00", null, false), s(2, null, null, false),
                s(3, "15.50", null, false), s(4, "13.00", null, false)));
        assertEquals(List.of(3L, 4L, 1L, 2L), ids(order));
    }

    @Test
    void placedDossiersKeepTheirOrderAndNewOnesSlotInByScore() {
        // heads put 1 (12) above 3 (15): that order holds; 5 (14) arrives and goes before the first placed one it beats
        List<Scored> order = RankOrder.order(List.of(s(1, "12.00", 1, true), s(3, "15.00", 2, false),
                s(4, "10.00", 3, false), s(5, "14.00", null, false), s(6, "9.00", null, false)));
        assertEquals(List.of(5L, 1L, 3L, 4L, 6L), ids(order));
    }

    @Test
    void equalNeighboursNoHeadPlacedAreATie() {
        List<Scored> order = List.of(s(1, "15.00", null, false), s(2, "14.00", null, false), s(3, "14.00", null, false),
                s(4, "13.00", null, false));
        assertArrayEquals(new boolean[] {false, true, true, false}, RankOrder.ties(order));
        List<Scored> resolved = List.of(s(1, "15.00", 1, false), s(2, "14.00", 2, true), s(3, "14.00", 3, false),
                s(4, "13.00", 4, false));
        assertArrayEquals(new boolean[] {false, false, false, false}, RankOrder.ties(resolved));
        List<Scored> unscored = List.of(s(1, null, null, false), s(2, null, null, false));
        assertArrayEquals(new boolean[] {false, false}, RankOrder.ties(unscored));
    }
}
