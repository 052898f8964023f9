package fr.univlorraine.ieps.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.review.AssignmentPlan.Dossier;
import fr.univlorraine.ieps.review.AssignmentPlan.Reader;
import fr.univlorraine.ieps.review.AssignmentService.Held;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The automatic assignment ends with loads at most one dossier apart whenever the conflicts and maximums allow it, and
 * otherwise as even as they allow (checked against every possible assignment of small cases); the page says why the
 * loads are uneven when they are.
 */
class AssignmentPlanTest {

    private static Reader reader(long id, String name, int load, int max, ResearchTheme... themes) {
        return new Reader(id, name, themes.length == 0 ? Set.of() : Set.of(themes), load, max);
    }

    private static Dossier dossier(long id, int missing, Long... blocked) {
        return new Dossier(id, Set.of(), missing, Set.of(blocked));
    }

    @Test
    void aConstructedCaseEndsOneDossierApartAtMost() {
        // Anne already holds 3 dossiers; 9 dossiers need 2 readers each; Bruno is in conflict with three of them
        List<Reader> readers = List.of(reader(1, "Anne", 3, 20), reader(2, "Bruno", 0, 20), reader(3, "Chloé", 0, 20),
                reader(4, "David", 0, 20));
        List<Dossier> dossiers = new ArrayList<>();
        for (long d = 10; d < 19; d++) {
            dossiers.add(d < 13 ? dossier(d, 2, 2L) : dossier(d, 2));
        }
        AssignmentPlan.Result result = AssignmentPlan.plan(readers, dossiers);
        assertEquals(0, result.unfilled());
        assertTrue(result.spread() <= 1, "loads " + result.loads());
        assertEquals(3 + 18, result.loads().values().stream().mapToInt(Integer::intValue).sum());
        for (Dossier d : dossiers) {
            List<Long> added = result.added().get(d.id());
            assertEquals(2, added.size());
            assertEquals(2, Set.copyOf(added).size(), "two different readers");
            assertTrue(added.stream().noneMatch(d.blocked()::contains), "never a reader in conflict");
        }
    }

    @Test
    void aMatchingThemeWinsWhenItCostsNoEvenness() {
        List<Reader> readers = List.of(reader(1, "Anne", 0, 10), reader(2, "Bruno", 0, 10, ResearchTheme.AGEING));
        List<Dossier> dossiers = List.of(new Dossier(10L, Set.of(ResearchTheme.AGEING), 1, Set.of()),
                new Dossier(11L, Set.of(), 1, Set.of()));
        AssignmentPlan.Result result = AssignmentPlan.plan(readers, dossiers);
        assertEquals(List.of(2L), result.added().get(10L));
        assertEquals(List.of(1L), result.added().get(11L));
    }

    @Test
    void twoReadersExchangeDossiersWhenThatMatchesAThemeAtEqualLoads() {
        // Aaron, the only one working on ageing, is first by name and gets the most constrained dossier first
        List<Reader> readers = List.of(reader(1, "Aaron", 0, 10, ResearchTheme.AGEING), reader(2, "Bruno", 0, 10),
                reader(3, "Chloé", 0, 10));
        List<Dossier> dossiers = List.of(dossier(10, 1, 3L), new Dossier(11L, Set.of(ResearchTheme.AGEING), 1, Set.of()),
                dossier(12, 1));
        AssignmentPlan.Result result = AssignmentPlan.plan(readers, dossiers);
        assertEquals(List.of(1L), result.added().get(11L), "the dossier on ageing goes to Aaron");
        assertEquals(0, result.spread());
    }

    @Test
    void theLoadsAreAsEvenAsTheConstraintsAllowInEverySmallCase() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            List<Reader> readers = new ArrayList<>();
            int readerCount = 2 + random.nextInt(3);
            for (long r = 1; r <= readerCount; r++) {
                readers.add(random.nextBoolean() ? reader(r, "R" + r, random.nextInt(3), 1 + random.nextInt(5))
                        : reader(r, "R" + r, random.nextInt(3), 1 + random.nextInt(5), ResearchTheme.AGEING));
            }
            List<Dossier> dossiers = new ArrayList<>();
            int dossierCount = 1 + random.nextInt(4);
            for (long d = 10; d < 10 + dossierCount; d++) {
                Set<Long> blocked = new HashSet<>();
                readers.forEach(r -> {
                    if (random.nextInt(10) < 3) {
                        blocked.add(r.id());
                    }
                });
                dossiers.add(new Dossier(d, random.nextBoolean() ? Set.of(ResearchTheme.AGEING) : Set.of(),
                        1 + random.nextInt(2), blocked));
            }
            AssignmentPlan.Result result = AssignmentPlan.plan(readers, dossiers);
            int[] best = best(readers, dossiers);
            String what = "round " + round + ": " + readers + " " + dossiers + " -> " + result;
            int slots = dossiers.stream().mapToInt(Dossier::missing).sum();
            assertEquals(best[0], slots - result.unfilled(), "as many slots filled as possible, " + what);
            assertEquals(best[1], result.spread(), "the smallest spread possible, " + what);
            checkValid(readers, dossiers, result, what);
        }
    }

    private static void checkValid(List<Reader> readers, List<Dossier> dossiers, AssignmentPlan.Result result, String what) {
        Map<Long, Integer> load = new HashMap<>();
        readers.forEach(r -> load.put(r.id(), r.load()));
        for (Dossier d : dossiers) {
            List<Long> added = result.added().getOrDefault(d.id(), List.of());
            assertTrue(added.size() <= d.missing(), what);
            assertEquals(added.size(), Set.copyOf(added).size(), what);
            assertFalse(added.stream().anyMatch(d.blocked()::contains), what);
            added.forEach(r -> load.merge(r, 1, Integer::sum));
        }
        assertEquals(load, result.loads(), what);
        readers.forEach(r -> assertTrue(load.get(r.id()) <= Math.max(r.max(), r.load()), "maximum kept, " + what));
    }

    /** By trying every assignment: the most slots that can be filled, and the smallest spread among those. */
    private static int[] best(List<Reader> readers, List<Dossier> dossiers) {
        int[] best = {-1, Integer.MAX_VALUE};
        Map<Long, Integer> load = new HashMap<>();
        readers.forEach(r -> load.put(r.id(), r.load()));
        search(readers, dossiers, 0, load, 0, best);
        return best;
    }

    private static void search(List<Reader> readers, List<Dossier> dossiers, int index, Map<Long, Integer> load,
            int filled, int[] best) {
        if (index == dossiers.size()) {
            int spread = load.values().stream().max(Integer::compare).orElse(0)
                    - load.values().stream().min(Integer::compare).orElse(0);
            if (filled > best[0] || filled == best[0] && spread < best[1]) {
                best[0] = filled;
                best[1] = spread;
            }
            return;
        }
        Dossier d = dossiers.get(index);
        List<Reader> open = readers.stream().filter(r -> !d.blocked().contains(r.id())).toList();
        for (int mask = 0; mask < 1 << open.size(); mask++) {
            if (Integer.bitCount(mask) > d.missing()) {
                continue;
            }
            boolean fits = true;
            for (int i = 0; i < open.size(); i++) {
                if ((mask & 1 << i) != 0 && load.get(open.get(i).id()) >= open.get(i).max()) {
                    fits = false;
                }
            }
            if (!fits) {
                continue;
            }
            for (int i = 0; i < open.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    load.merge(open.get(i).id(), 1, Integer::sum);
                }
            }
            search(readers, dossiers, index + 1, load, filled + Integer.bitCount(mask), best);
            for (int i = 0; i < open.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    load.merge(open.get(i).id(), -1, Integer::sum);
                }
            }
        }
    }

    @Test
    void dossiersOnlyOneMemberMayReadAreNamedAsTheReason() {
        List<Reader> readers = List.of(reader(1, "Xavier", 3, 10), reader(2, "Yves", 0, 10), reader(3, "Zoé", 0, 10));
        List<Held> held = new ArrayList<>();
        for (long d = 10; d < 13; d++) {
            held.add(new Held(1L, d, false));
            held.add(new Held(2L, d, true));
            held.add(new Held(3L, d, true));
        }
        AssignmentService.Spread spread = AssignmentService.spread(readers, held);
        assertEquals(3, spread.gap());
        assertFalse(spread.even());
        assertTrue(spread.obstacles().contains(new Obstacle(Obstacle.Kind.ONLY_READER, "Xavier", 3)), spread.toString());
        assertTrue(spread.obstacles().contains(new Obstacle(Obstacle.Kind.CONFLICTS, "Yves", 3)), spread.toString());
    }

    @Test
    void aFullMemberOrEarlierAssignmentsAreNamedOtherwise() {
        List<Reader> full = List.of(reader(1, "Xavier", 3, 10), reader(2, "Yves", 0, 0));
        assertTrue(AssignmentService.spread(full, List.of(new Held(1L, 10L, false))).obstacles()
                .contains(new Obstacle(Obstacle.Kind.AT_MAXIMUM, "Yves", 0)));
        List<Reader> free = List.of(reader(1, "Xavier", 3, 10), reader(2, "Yves", 0, 10));
        assertEquals(List.of(new Obstacle(Obstacle.Kind.KEPT, "Xavier", 3)),
                AssignmentService.spread(free, List.of(new Held(1L, 10L, false))).obstacles());
        assertTrue(AssignmentService.spread(List.of(reader(1, "Xavier", 3, 10), reader(2, "Yves", 2, 10)), List.of())
                .even());
    }
}
