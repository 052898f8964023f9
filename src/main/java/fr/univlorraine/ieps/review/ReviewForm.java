package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.web.FormOf;
import fr.univlorraine.ieps.web.FormVersion;
import fr.univlorraine.ieps.web.Whole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring form as posted: one level per criterion of the rubric, a comment and a recommendation. A draft may
 * be partial, but what is there must be valid; a {@link Submission submitted} review scores every criterion,
 * explains itself, recommends, and comes with the reviewer's tick that it cannot be changed afterwards.
 */
@FormOf(fields = ReviewField.class, errors = ReviewError.class)
public record ReviewForm(List<@Valid Score> scores,
        @Size(max = 4000) @NotBlank(groups = Submission.class, message = "COMMENT_REQUIRED") String comment,
        @NotBlank(groups = Submission.class, message = "RECOMMENDATION_REQUIRED") String recommendation,
        long version, boolean submitConfirmed) {

    /** The checks of a review sent for good. */
    public interface Submission extends Default {
    }

    /** The level typed for one criterion (its field is {@code level-<criterion id>}), as text. */
    public record Score(Long criterion,
            @NotBlank(groups = Submission.class, message = "LEVEL_REQUIRED") String level) {

        @AssertTrue(message = "LEVEL_INVALID")
        public boolean isLevel() {
            return level == null || level.isBlank() || value() != null;
        }

        /** The level within the scale, or null. */
        Integer value() {
            Integer value = Whole.Check.number(level);
            return value != null && value >= 0 && value <= Criterion.MAX_LEVEL ? value : null;
        }
    }

    /**
     * The form of the rubric's criteria: the names of the level fields depend on the rubric, so the post is read
     * here; anything else in it is ignored.
     */
    public static ReviewForm from(MultivaluedMap<String, String> post, List<Criterion> rubric) {
        return new ReviewForm(rubric.stream().map(c -> new Score(c.id, post.getFirst("level-" + c.id))).toList(),
                post.getFirst("comment"), post.getFirst("recommendation"), FormVersion.parse(post.getFirst("version"), -1),
                "on".equals(post.getFirst("submitConfirm")));
    }

    /** Levels that parse and are within the scale; forged or empty values are left out. */
    public Map<Long, Integer> levels() {
        Map<Long, Integer> levels = new HashMap<>();
        scores.stream().filter(s -> s.value() != null).forEach(s -> levels.put(s.criterion(), s.value()));
        return levels;
    }

    /** A review is submitted for good: the reviewer ticks that they know it (a draft needs no such tick). */
    @AssertTrue(groups = Submission.class, message = "SUBMIT_CONFIRM_REQUIRED")
    public boolean isSubmitConfirm() {
        return submitConfirmed;
    }

    @AssertTrue(message = "RECOMMENDATION_INVALID")
    public boolean isRecommendation() {
        return recommendation == null || recommendation.isBlank() || parsedRecommendation() != null;
    }

    public Recommendation parsedRecommendation() {
        try {
            return recommendation == null || recommendation.isBlank() ? null : Recommendation.valueOf(recommendation);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
