package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.web.FormErrors;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** How a campaign is reviewed, as the admin typed it: reviewers per dossier, blind mode, disagreement threshold. */
public record SettingsForm(String reviewersPerDossier, boolean blindReview, String disagreementThreshold) {

    static final int MAX_REVIEWERS = 5;
    /** Points out of 20, two decimals at most (the column is numeric(4,2)); a comma is the French decimal mark. */
    private static final Pattern THRESHOLD = Pattern.compile("^\\d{1,2}([.,]\\d{1,2})?$");

    /** The campaign's settings, the threshold written as the page's language writes numbers. */
    public static SettingsForm of(Campaign campaign, String lang) {
        String threshold = campaign.disagreementThreshold.stripTrailingZeros().toPlainString();
        return new SettingsForm(String.valueOf(campaign.reviewersPerDossier), campaign.blindReview,
                "en".equals(lang) ? threshold : threshold.replace('.', ','));
    }

    FormErrors validate() {
        var errors = new FormErrors();
        Integer reviewers = reviewers();
        if (reviewers == null || reviewers < 1 || reviewers > MAX_REVIEWERS) {
            errors.add(AdminField.reviewersPerDossier, AdminError.REVIEWERS_PER_DOSSIER);
        }
        if (threshold() == null) {
            errors.add(AdminField.disagreementThreshold, AdminError.THRESHOLD);
        }
        return errors;
    }

    Integer reviewers() {
        try {
            return Integer.valueOf(reviewersPerDossier == null ? "" : reviewersPerDossier.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The threshold from 0 to 20 with two decimals, or null when it is not one. */
    BigDecimal threshold() {
        String value = disagreementThreshold == null ? "" : disagreementThreshold.strip();
        if (!THRESHOLD.matcher(value).matches()) {
            return null;
        }
        BigDecimal points = new BigDecimal(value.replace(',', '.')).setScale(2);
        return points.compareTo(Scores.OUT_OF) > 0 ? null : points;
    }
}
