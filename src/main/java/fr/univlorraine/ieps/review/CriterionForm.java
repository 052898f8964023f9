package fr.univlorraine.ieps.review;

import static fr.univlorraine.ieps.web.FormCheck.strip;

import fr.univlorraine.ieps.web.FormOf;
import fr.univlorraine.ieps.web.Whole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the admin typed for a criterion: labels, descriptions, weight and the descriptor of each level
 * (0 to 4), in French and English, without the spaces around them.
 */
@FormOf(fields = AdminField.class, errors = AdminError.class)
public record CriterionForm(
        @RestForm @NotBlank @Size(max = 200) String labelFr,
        @RestForm @NotBlank @Size(max = 200) String labelEn,
        @RestForm @NotBlank @Size(max = 1000) String descriptionFr,
        @RestForm @NotBlank @Size(max = 1000) String descriptionEn,
        @RestForm @Whole(min = 1, max = 100, message = "WEIGHT", groups = Weighted.class) String weight,
        @RestForm @NotBlank @Size(max = 500) String level0Fr, @RestForm @NotBlank @Size(max = 500) String level0En,
        @RestForm @NotBlank @Size(max = 500) String level1Fr, @RestForm @NotBlank @Size(max = 500) String level1En,
        @RestForm @NotBlank @Size(max = 500) String level2Fr, @RestForm @NotBlank @Size(max = 500) String level2En,
        @RestForm @NotBlank @Size(max = 500) String level3Fr, @RestForm @NotBlank @Size(max = 500) String level3En,
        @RestForm @NotBlank @Size(max = 500) String level4Fr, @RestForm @NotBlank @Size(max = 500) String level4En,
        @RestForm String version) {

    /** The levels a criterion has, 0 to 4, for the pages. */
    public static final List<Integer> LEVELS = IntStream.rangeClosed(0, Criterion.MAX_LEVEL).boxed().toList();

    /** The texts and the weight: a locked rubric's criterion keeps its own weight, its page sends none. */
    interface Weighted extends Default {
    }

    public CriterionForm {
        labelFr = strip(labelFr);
        labelEn = strip(labelEn);
        descriptionFr = strip(descriptionFr);
        descriptionEn = strip(descriptionEn);
        level0Fr = strip(level0Fr);
        level0En = strip(level0En);
        level1Fr = strip(level1Fr);
        level1En = strip(level1En);
        level2Fr = strip(level2Fr);
        level2En = strip(level2En);
        level3Fr = strip(level3Fr);
        level3En = strip(level3En);
        level4Fr = strip(level4Fr);
        level4En = strip(level4En);
    }

    public static CriterionForm of(Criterion c) {
        return new CriterionForm(c.labelFr, c.labelEn, c.descriptionFr, c.descriptionEn, String.valueOf(c.weight),
                c.descriptor(0, "fr"), c.descriptor(0, "en"), c.descriptor(1, "fr"), c.descriptor(1, "en"),
                c.descriptor(2, "fr"), c.descriptor(2, "en"), c.descriptor(3, "fr"), c.descriptor(3, "en"),
                c.descriptor(4, "fr"), c.descriptor(4, "en"), String.valueOf(c.version));
    }

    public static CriterionForm blank() {
        return new CriterionForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "0");
    }

    public String levelFr(Integer level) {
        return Arrays.asList(level0Fr, level1Fr, level2Fr, level3Fr, level4Fr).get(level);
    }

    public String levelEn(Integer level) {
        return Arrays.asList(level0En, level1En, level2En, level3En, level4En).get(level);
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
        return Whole.Check.number(weight);
    }
}
