package fr.univlorraine.ieps.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a track's board: dossiers in score order until heads move them by hand; from then on the explicit
 * positions hold, and dossiers not yet placed slot in by score. Kept free of the database.
 */
final class RankOrder {

    /** A dossier as ordering needs it. */
    record Scored(Long id, String reference, BigDecimal mean, Integer position, boolean decided) {
    }

    private RankOrder() {
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
}
