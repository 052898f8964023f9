package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.web.FormOf;
import fr.univlorraine.ieps.web.Whole;
import jakarta.validation.constraints.AssertTrue;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/** How a campaign is reviewed, as the admin typed it: reviewers per dossier, blind mode, disagreement threshold. */
@FormOf(fields = AdminField.class, errors = AdminError.class)
public record SettingsForm(
        @RestForm @Whole(min = 1, max = 5, message = "REVIEWERS_PER_DOSSIER") String reviewersPerDossier,
        @RestForm("blindReview") String blindReviewBox,
        @RestForm String disagreementThreshold) {

    /** Points out of 20, two decimals at most (the column is numeric(4,2)); a comma is the French decimal mark. */
    private static final Pattern THRESHOLD = Pattern.compile("^\\d{1,2}([.,]\\d{1,2})?$");

    /** The campaign's settings, the threshold written as the page's language writes numbers. */
    public static SettingsForm of(Campaign campaign, String lang) {
        String threshold = campaign.disagreementThreshold.stripTrailingZeros().toPlainString();
        return new SettingsForm(String.valueOf(campaign.reviewersPerDossier), campaign.blindReview ? "on" : null,
                "en".equals(lang) ? threshold : threshold.replace('.', ','));
    }

    /** The box is ticked: a browser sends it only then. */
    public boolean blindReview() {
        return blindReviewBox != null;
    }

    @AssertTrue(message = "THRESHOLD")
    public boolean isDisagreementThreshold() {
        return threshold() != null;
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
