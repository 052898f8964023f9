package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.web.FormErrors;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring form as posted: one level per criterion (field {@code level-<criterion id>}), a comment and
 * a recommendation. Only the rubric's criteria are read; anything else in the post is ignored.
 */
public record ReviewForm(Map<Long, String> rawLevels, String comment, String recommendation, long version) {

    public static final int COMMENT_MAX = 4000;

    public static ReviewForm from(MultivaluedMap<String, String> post, List<Criterion> rubric) {
        Map<Long, String> levels = new HashMap<>();
        for (Criterion c : rubric) {
            levels.put(c.id, post.getFirst("level-" + c.id));
        }
        long version;
        try {
            version = Long.parseLong(post.getFirst("version"));
        } catch (NumberFormatException | NullPointerException e) {
            version = -1;
        }
        return new ReviewForm(levels, post.getFirst("comment"), post.getFirst("recommendation"), version);
    }

    /** Levels that parse and are within the scale; forged or empty values are left out. */
    public Map<Long, Integer> levels() {
        Map<Long, Integer> levels = new HashMap<>();
        rawLevels.forEach((id, raw) -> {
            Integer level = parseLevel(raw);
            if (level != null) {
                levels.put(id, level);
            }
        });
        return levels;
    }

    public Recommendation parsedRecommendation() {
        if (recommendation == null || recommendation.isBlank()) {
            return null;
        }
        try {
            return Recommendation.valueOf(recommendation);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A draft may be partial, but what is there must be valid. */
    public FormErrors validateDraft() {
        FormErrors errors = new FormErrors();
        rawLevels.forEach((id, raw) -> {
            if (raw != null && !raw.isBlank() && parseLevel(raw) == null) {
                errors.add("level-" + id, ReviewField.level, ReviewError.LEVEL_INVALID);
            }
        });
        if (recommendation != null && !recommendation.isBlank() && parsedRecommendation() == null) {
            errors.add(ReviewField.recommendation, ReviewError.RECOMMENDATION_INVALID);
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            errors.add(ReviewField.comment, FieldError.TOO_LONG_4000);
        }
        return errors;
    }

    /** A submitted review scores every criterion, explains itself and recommends. */
    public FormErrors validateForSubmission() {
        FormErrors errors = validateDraft();
        rawLevels.forEach((id, raw) -> {
            if (raw == null || raw.isBlank()) {
                errors.add("level-" + id, ReviewField.level, ReviewError.LEVEL_REQUIRED);
            }
        });
        if (comment == null || comment.isBlank()) {
            errors.add(ReviewField.comment, ReviewError.COMMENT_REQUIRED);
        }
        if (recommendation == null || recommendation.isBlank()) {
            errors.add(ReviewField.recommendation, ReviewError.RECOMMENDATION_REQUIRED);
        }
        return errors;
    }

    private static Integer parseLevel(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            int level = Integer.parseInt(raw.trim());
            return level >= 0 && level <= Criterion.MAX_LEVEL ? level : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
