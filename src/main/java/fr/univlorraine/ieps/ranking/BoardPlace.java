package fr.univlorraine.ieps.ranking;

import java.math.BigDecimal;

/**
 * Where one dossier stands on its track's board, for the committee stepping through it: its rank out of all, its
 * neighbours in rank order (null at either end), and the board's flags for it.
 */
public record BoardPlace(int rank, int total, Long previousId, Long nextId, BigDecimal mean, BigDecimal spread,
        boolean disagreement, boolean tie, boolean decided) {

    /** What the board's move form sends as {@code retour} to come back to the committee page of the dossier. */
    public static final String BACK_TO_COMMITTEE = "seance";
}
