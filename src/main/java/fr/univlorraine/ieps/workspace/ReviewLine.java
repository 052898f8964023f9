package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.review.Review;
import fr.univlorraine.ieps.review.ReviewStatus;
import java.util.List;

/** One reviewer's reading of the dossier as the heads read it: the review and its level per criterion, in rubric order (null where none). */
public record ReviewLine(Review review, List<Integer> levels) {

    public boolean submitted() {
        return review.status == ReviewStatus.SUBMITTED;
    }
}
