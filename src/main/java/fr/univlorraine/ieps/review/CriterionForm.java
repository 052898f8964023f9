package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.web.FormErrors;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * What the admin typed for a criterion: labels, descriptions, weight and the descriptor of each level,
 * in French and English. Levels are keyed by number as the form sent them, so a forged level shows up.
 */
public record CriterionForm(String labelFr, String labelEn, String descriptionFr, String descriptionEn, String weight,
        Map<Integer, String> levelsFr, Map<Integer, String> levelsEn, long version) {

    /** The levels a criterion has, 0 to 4, for the pages. */
    public static final List<Integer> LEVELS = IntStream.rangeClosed(0, Criterion.MAX_LEVEL).boxed().toList();

    public CriterionForm {
        levelsFr = levelsFr == null ? new TreeMap<>() : new TreeMap<>(levelsFr);
        levelsEn = levelsEn == null ? new TreeMap<>() : new TreeMap<>(levelsEn);
    }

    public static CriterionForm of(Criterion c) {
        Map<Integer, String> fr = new TreeMap<>();
        Map<Integer, String> en = new TreeMap<>();
        c.levels.forEach((level, d) -> {
            fr.put(level, d.fr);
            en.put(level, d.en);
        });
        return new CriterionForm(c.labelFr, c.labelEn, c.descriptionFr, c.descriptionEn, String.valueOf(c.weight), fr, en,
                c.version);
    }

    public static CriterionForm blank() {
        return new CriterionForm("", "", "", "", "", Map.of(), Map.of(), 0);
    }

    public String levelFr(Integer level) {
        return levelsFr.get(level);
    }

    public String levelEn(Integer level) {
        return levelsEn.get(level);
    }

    /**
     * Checks the texts, and the weight unless the caller keeps the criterion's own (a locked rubric).
     * A level outside 0–4 is a forged form: refused as a whole.
     */
    FormErrors validate(boolean withWeight) {
        var errors = new FormErrors();
        if (!LEVELS.containsAll(levelsFr.keySet()) || !LEVELS.containsAll(levelsEn.keySet())) {
            errors.add(AdminField.rubric, AdminError.LEVEL_UNKNOWN);
        }
        text(errors, AdminField.labelFr, labelFr, 200, FieldError.TOO_LONG_200);
        text(errors, AdminField.labelEn, labelEn, 200, FieldError.TOO_LONG_200);
        text(errors, AdminField.descriptionFr, descriptionFr, 1000, FieldError.TOO_LONG_1000);
        text(errors, AdminField.descriptionEn, descriptionEn, 1000, FieldError.TOO_LONG_1000);
        if (withWeight) {
            Integer w = weightValue();
            if (w == null || w < 1 || w > 100) {
                errors.add(AdminField.weight, AdminError.WEIGHT);
            }
        }
        for (Integer level : LEVELS) {
            text(errors, AdminField.levelFr(level), levelsFr.get(level), 500, FieldError.TOO_LONG_500);
            text(errors, AdminField.levelEn(level), levelsEn.get(level), 500, FieldError.TOO_LONG_500);
        }
        return errors;
    }

    /** The field of the French descriptor of a level, for its label. */
    public AdminField levelFrField(int level) {
        return AdminField.levelFr(level);
    }

    /** The field of the English descriptor of a level, for its label. */
    public AdminField levelEnField(int level) {
        return AdminField.levelEn(level);
    }

    boolean weightGiven() {
        return weight != null && !weight.isBlank();
    }

    Integer weightValue() {
        try {
            return weightGiven() ? Integer.valueOf(weight.strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void text(FormErrors errors, AdminField field, String value, int max, FieldError tooLong) {
        if (value == null || value.isBlank()) {
            errors.add(field, FieldError.REQUIRED);
        } else if (value.strip().length() > max) {
            errors.add(field, tooLong);
        }
    }
}
