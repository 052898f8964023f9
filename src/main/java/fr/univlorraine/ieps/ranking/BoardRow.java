package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.EntryRoute;
import java.math.BigDecimal;
import java.util.List;

/**
 * One dossier on a ranking board: its rank, the aggregate of its submitted reviews, and the flags the
 * heads must see (reviews missing, reviewers disagreeing, a tie to resolve). A dossier imported from the national
 * platform is ranked with the others but decided on the platform ({@link #platform()}).
 */
public record BoardRow(int rank, Long applicationId, String reference, String firstName, String lastName,
        EntryRoute route, boolean vap, BigDecimal mean, BigDecimal spread, int submitted, int pending,
        int admit, int waitlist, int reject, boolean disagreement, boolean tie, boolean decided,
        List<BigDecimal> criterionMeans, ApplicationOrigin origin) {

    /** Imported from the national platform: decided there, never published, offered or mailed from here. */
    public boolean platform() {
        return origin == ApplicationOrigin.PLATFORM;
    }

    public boolean missingReviews() {
        return pending > 0 || submitted == 0;
    }

    public String candidate() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }
}
