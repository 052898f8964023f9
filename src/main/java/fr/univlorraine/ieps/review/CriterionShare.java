package fr.univlorraine.ieps.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A criterion with its share of the score: its weight over the sum of the rubric's weights, in percent. */
public record CriterionShare(Criterion criterion, BigDecimal percent) {

    /** The rubric in order, each criterion with its share rounded to one decimal. */
    public static List<CriterionShare> of(List<Criterion> criteria) {
        int total = total(criteria);
        return criteria.stream().map(c -> new CriterionShare(c, BigDecimal.valueOf(c.weight * 100L)
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP))).toList();
    }

    public static int total(List<Criterion> criteria) {
        return criteria.stream().mapToInt(c -> c.weight).sum();
    }

    /** "25" or "33,3" in French, "33.3" in English: the number only, the page adds the percent sign. */
    public String share(String lang) {
        String plain = percent.stripTrailingZeros().toPlainString();
        return "en".equals(lang) ? plain : plain.replace('.', ',');
    }
}
