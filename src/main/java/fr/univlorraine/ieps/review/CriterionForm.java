package fr.univlorraine.ieps.review;

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
            errors.add("rubric", "err_level_unknown");
        }
        text(errors, "labelFr", labelFr, 200, "err_too_long_200");
        text(errors, "labelEn", labelEn, 200, "err_too_long_200");
        text(errors, "descriptionFr", descriptionFr, 1000, "err_too_long_1000");
        text(errors, "descriptionEn", descriptionEn, 1000, "err_too_long_1000");
        if (withWeight) {
            Integer w = weightValue();
            if (w == null || w < 1 || w > 100) {
                errors.add("weight", "err_weight");
            }
        }
        for (Integer level : LEVELS) {
            text(errors, "level" + level + "Fr", levelsFr.get(level), 500, "err_too_long_500");
            text(errors, "level" + level + "En", levelsEn.get(level), 500, "err_too_long_500");
        }
        return errors;
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

    private static void text(FormErrors errors, String field, String value, int max, String tooLongKey) {
        if (value == null || value.isBlank()) {
            errors.add(field, "err_required");
        } else if (value.strip().length() > max) {
            errors.add(field, tooLongKey);
        }
    }
}
