package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.application.ResearchTheme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The automatic assignment, as arithmetic: who reads which dossier so that every dossier gets its missing readers and
 * the loads end as even as the constraints allow. Constraints: a reader never takes a dossier they already read or
 * declared a conflict on, nor more dossiers than their maximum; what was assigned before stays where it is.
 *
 * <p>First each slot goes to the least loaded reader who may take it (the most constrained dossiers first; a
 * matching research theme breaks ties), moving earlier choices of this run along a chain when only full readers are
 * left. Then, while a reader holds two dossiers more than another one reachable through a chain of possible moves,
 * one dossier moves down that chain: the sum of the squared loads falls each time, and when no such chain is left the
 * loads are the most even ones possible (the largest is as small, and the smallest as large, as they can be). Last,
 * dossiers move to readers whose themes match them whenever the loads stay as they are.
 */
final class AssignmentPlan {

    /** A member who may read: linked to a login and active; {@code load} counts the dossiers held in the campaign. */
    record Reader(Long id, String name, Set<ResearchTheme> themes, int load, int max) {
    }

    /** A dossier to complete: {@code missing} readers to add, never one of {@code blocked} (readers and conflicts). */
    record Dossier(Long id, Set<ResearchTheme> themes, int missing, Set<Long> blocked) {
    }

    /** What to add (dossier id to the readers added), the loads after it, and the slots left empty. */
    record Result(Map<Long, List<Long>> added, Map<Long, Integer> loads, int unfilled) {
        /** The largest load minus the smallest (0 with no reader). */
        int spread() {
            return loads.isEmpty() ? 0 : loads.values().stream().max(Integer::compare).orElse(0)
                    - loads.values().stream().min(Integer::compare).orElse(0);
        }
    }

    private final Map<Long, Reader> readers = new LinkedHashMap<>();
    private final Map<Long, Dossier> dossiers = new LinkedHashMap<>();
    private final Map<Long, Integer> load = new HashMap<>();
    /** Dossier to the readers this run added (the only assignments it may move). */
    private final Map<Long, Set<Long>> added = new LinkedHashMap<>();

    private AssignmentPlan(List<Reader> readers, List<Dossier> dossiers) {
        readers.forEach(r -> {
            this.readers.put(r.id(), r);
            load.put(r.id(), r.load());
        });
        dossiers.forEach(d -> {
            this.dossiers.put(d.id(), d);
            added.put(d.id(), new LinkedHashSet<>());
        });
    }

    static Result plan(List<Reader> readers, List<Dossier> dossiers) {
        var plan = new AssignmentPlan(readers, dossiers);
        int unfilled = plan.fill();
        plan.balance();
        plan.matchThemes();
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        plan.added.forEach((dossier, members) -> {
            if (!members.isEmpty()) {
                result.put(dossier, List.copyOf(members));
            }
        });
        return new Result(result, Map.copyOf(plan.load), unfilled);
    }

    private boolean mayTake(Long reader, Long dossier) {
        return !dossiers.get(dossier).blocked().contains(reader) && !added.get(dossier).contains(reader);
    }

    private boolean hasRoom(Long reader) {
        return load.get(reader) < readers.get(reader).max();
    }

    private boolean matches(Long reader, Long dossier) {
        return readers.get(reader).themes().stream().anyMatch(dossiers.get(dossier).themes()::contains);
    }

    /** Gives every slot a reader if one can take it; returns the slots nobody could take. */
    private int fill() {
        List<Dossier> order = new ArrayList<>(dossiers.values());
        // the most constrained first; among equals, those with research themes, while matching readers are still free
        order.sort(Comparator.<Dossier>comparingLong(d -> readers.keySet().stream().filter(r -> mayTake(r, d.id())).count())
                .thenComparing(d -> d.themes().isEmpty()));
        int unfilled = 0;
        for (Dossier d : order) {
            for (int i = 0; i < d.missing(); i++) {
                Long best = readers.keySet().stream().filter(r -> mayTake(r, d.id()) && hasRoom(r))
                        .min(Comparator.<Long>comparingInt(load::get).thenComparing(r -> matches(r, d.id()) ? 0 : 1)
                                .thenComparing(r -> readers.get(r).name()))
                        .orElse(null);
                if (best == null) {
                    // only full readers may take it: one of them hands an earlier dossier down a chain to free a place
                    List<Long> full = readers.keySet().stream().filter(r -> mayTake(r, d.id())).toList();
                    List<Step> chain = full.isEmpty() ? null : chain(full, this::hasRoom);
                    if (chain == null) {
                        unfilled += d.missing() - i;
                        break;
                    }
                    shift(chain);
                    best = chain.get(0).from();
                }
                give(d.id(), best);
            }
        }
        return unfilled;
    }

    private void balance() {
        boolean moved = true;
        while (moved) {
            moved = false;
            List<Long> byLoad = new ArrayList<>(readers.keySet());
            byLoad.sort(Comparator.<Long>comparingInt(load::get).reversed());
            for (Long heavy : byLoad) {
                int limit = load.get(heavy) - 2;
                List<Step> chain = chain(List.of(heavy), r -> load.get(r) <= limit && hasRoom(r));
                if (chain != null) {
                    shift(chain);
                    moved = true;
                    break;
                }
            }
        }
    }

    /**
     * Matching themes without touching the loads: a dossier moves to a matching reader holding one dossier less (the
     * two loads swap), or two readers exchange dossiers when that gives more matches. Each change adds a match, so it
     * ends.
     */
    private void matchThemes() {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (var entry : added.entrySet()) {
                Long dossier = entry.getKey();
                for (Long holder : List.copyOf(entry.getValue())) {
                    if (!moved && !matches(holder, dossier)) {
                        moved = rematch(dossier, holder);
                    }
                }
            }
        }
    }

    /** Gives {@code dossier}, held by {@code holder} whose themes do not match it, to a matching reader if loads allow. */
    private boolean rematch(Long dossier, Long holder) {
        for (Long better : readers.keySet()) {
            if (!mayTake(better, dossier) || !matches(better, dossier)) {
                continue;
            }
            if (hasRoom(better) && load.get(better) == load.get(holder) - 1) {
                shift(List.of(new Step(holder, better, dossier)));
                return true;
            }
            for (var other : added.entrySet()) {
                Long given = other.getKey();
                boolean loses = matches(better, given) && !matches(holder, given);
                if (other.getValue().contains(better) && !loses && mayTake(holder, given)) {
                    // the two exchange: each keeps their load, one more match at least
                    added.get(dossier).remove(holder);
                    added.get(given).remove(better);
                    added.get(dossier).add(better);
                    added.get(given).add(holder);
                    return true;
                }
            }
        }
        return false;
    }

    /** One move of a chain: {@code to} takes {@code dossier} from {@code from}. */
    private record Step(Long from, Long to, Long dossier) {
    }

    /**
     * The shortest chain of moves from one of {@code starts} to a reader the target accepts, each move handing a
     * dossier this run added to a reader who may take it; null when there is none. Starts are never targets.
     */
    private List<Step> chain(List<Long> starts, java.util.function.Predicate<Long> target) {
        Map<Long, Step> reachedBy = new HashMap<>();
        Set<Long> seen = new HashSet<>(starts);
        Deque<Long> queue = new ArrayDeque<>(starts);
        while (!queue.isEmpty()) {
            Long from = queue.poll();
            for (var entry : added.entrySet()) {
                if (!entry.getValue().contains(from)) {
                    continue;
                }
                for (Long to : readers.keySet()) {
                    if (seen.contains(to) || !mayTake(to, entry.getKey())) {
                        continue;
                    }
                    seen.add(to);
                    reachedBy.put(to, new Step(from, to, entry.getKey()));
                    if (target.test(to)) {
                        List<Step> steps = new ArrayList<>();
                        for (Step s = reachedBy.get(to); s != null; s = reachedBy.get(s.from())) {
                            steps.add(0, s);
                        }
                        return steps;
                    }
                    queue.add(to);
                }
            }
        }
        return null;
    }

    private void shift(List<Step> chain) {
        // from the end, so that no reader ever holds the same dossier twice on the way
        for (int i = chain.size() - 1; i >= 0; i--) {
            Step step = chain.get(i);
            added.get(step.dossier()).remove(step.from());
            load.merge(step.from(), -1, Integer::sum);
            give(step.dossier(), step.to());
        }
    }

    private void give(Long dossier, Long reader) {
        added.get(dossier).add(reader);
        load.merge(reader, 1, Integer::sum);
    }
}
