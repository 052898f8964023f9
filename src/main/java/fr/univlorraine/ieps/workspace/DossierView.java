package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.decision.Decision;
import fr.univlorraine.ieps.decision.Offer;
import fr.univlorraine.ieps.documents.DocumentService.ChecklistLine;
import fr.univlorraine.ieps.ranking.RankChange;
import fr.univlorraine.ieps.review.Criterion;
import java.math.BigDecimal;
import java.util.List;

/**
 * One dossier as the staff read it, assembled once and read-only: the candidate's answers, the pieces with their
 * states, the history, the decision and offer; for the heads, every review and the dossier's moves on the board.
 * {@code reviewsShown} is false for the secretariat, and for a head who has their own review of the dossier still to
 * submit (independent reading): the reviews, criteria and moves are then empty.
 */
public record DossierView(Application app, List<ChecklistLine> pieces, List<ApplicationEvent> history, Decision decision,
        Offer offer, boolean reviewsShown, boolean ownReviewPending, List<Criterion> criteria, List<ReviewLine> reviews,
        BigDecimal mean, BigDecimal spread, boolean disagreement, List<RankChange> rankChanges) {

    /** The submitted reviews, the ones with levels, a comment and a recommendation. */
    public List<ReviewLine> submitted() {
        return reviews.stream().filter(ReviewLine::submitted).toList();
    }

    /** Reviews not (or no longer) expected to be submitted yet: assigned, draft, conflict declared. */
    public List<ReviewLine> others() {
        return reviews.stream().filter(r -> !r.submitted()).toList();
    }

    public String candidate() {
        return ((app.firstName == null ? "" : app.firstName) + " " + (app.lastName == null ? "" : app.lastName)).trim();
    }
}
