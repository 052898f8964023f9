package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the team and rubric forms: {@link ReviewAdminMessages#label}. */
public enum AdminField implements Localizable {
    fullName, email, memberThemes, maxDossiers, active, publicTitleFr,
    publicTitleEn, publicResearchFr, publicResearchEn, shownPublicly, publicPosition, labelFr,
    labelEn, descriptionFr, descriptionEn, weight, level0Fr, level0En,
    level1Fr, level1En, level2Fr, level2En, level3Fr, level3En,
    level4Fr, level4En, reviewersPerDossier, blindReview, disagreementThreshold, rubric;

    private static final AdminField[] LEVELS_FR = {level0Fr, level1Fr, level2Fr, level3Fr, level4Fr};
    private static final AdminField[] LEVELS_EN = {level0En, level1En, level2En, level3En, level4En};

    /** The French descriptor of a level of a criterion (0 to 4). */
    public static AdminField levelFr(int level) {
        return LEVELS_FR[level];
    }

    /** The English descriptor of a level of a criterion (0 to 4). */
    public static AdminField levelEn(int level) {
        return LEVELS_EN[level];
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(ReviewAdminMessages.class, lang).label(this);
    }
}
