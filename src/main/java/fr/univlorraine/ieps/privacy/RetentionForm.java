package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.campaign.Retention;
import fr.univlorraine.ieps.web.FormOf;
import fr.univlorraine.ieps.web.Whole;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A campaign's retention rules as the admin typed them, kept as text so that a wrong value comes back as typed. The
 * bounds: at least a day or a month (a rule of zero would delete a dossier the day its period starts, before anyone
 * could look back at it), at most a year for the days and three years for the months (beyond, the data would outlive
 * any need of an admission).
 */
@FormOf(fields = RetentionField.class, errors = RetentionError.class)
public record RetentionForm(
        @RestForm @Whole(min = MIN, max = MAX_DAYS, message = "DRAFT_DAYS") String draftDays,
        @RestForm @Whole(min = MIN, max = MAX_MONTHS, message = "NOT_ADMITTED_MONTHS") String notAdmittedMonths,
        @RestForm @Whole(min = MIN, max = MAX_MONTHS, message = "WITHDRAWN_MONTHS") String withdrawnMonths,
        @RestForm @Whole(min = MIN, max = MAX_DAYS, message = "ENROLLED_DAYS") String enrolledDays) {

    public static final int MIN = 1;
    public static final int MAX_DAYS = 365;
    public static final int MAX_MONTHS = 36;

    public static RetentionForm of(Retention rules) {
        return new RetentionForm(String.valueOf(rules.draftDays), String.valueOf(rules.notAdmittedMonths),
                String.valueOf(rules.withdrawnMonths), String.valueOf(rules.enrolledDays));
    }

    /** The rules typed, once checked. */
    Retention rules() {
        var rules = new Retention();
        rules.draftDays = Whole.Check.number(draftDays);
        rules.notAdmittedMonths = Whole.Check.number(notAdmittedMonths);
        rules.withdrawnMonths = Whole.Check.number(withdrawnMonths);
        rules.enrolledDays = Whole.Check.number(enrolledDays);
        return rules;
    }
}
