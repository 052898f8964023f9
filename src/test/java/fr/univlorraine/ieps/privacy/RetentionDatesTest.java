package fr.univlorraine.ieps.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.campaign.Retention;
import fr.univlorraine.ieps.kernel.AppClock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Which rule reaches a dossier, and when, from its track's dates and its campaign's rules. */
class RetentionDatesTest {

    private static final Instant CLOSES = paris(2028, 3, 31, 23, 59);
    private static final Instant PUBLISHED = paris(2028, 6, 2, 10, 0);
    private static final Retention RULES = new Retention();

    private static Instant paris(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(AppClock.PARIS).toInstant();
    }

    private static RetentionDates.Facts facts(ApplicationStatus status, Instant published, Instant localCloses) {
        return new RetentionDates.Facts(status, ApplicationOrigin.HERE, null, false, null, CLOSES, published, localCloses);
    }

    @Test
    void aRefusalGoesTwelveMonthsAfterTheAppealPeriodThatFollowsThePublication() {
        var due = RetentionDates.due(facts(ApplicationStatus.REJECTED, PUBLISHED, null), RULES);
        assertEquals(RetentionRule.NOT_ADMITTED, due.rule());
        assertEquals(paris(2029, 8, 2, 10, 0), due.at());
    }

    @Test
    void withoutAPublicationTheAppealPeriodFollowsTheClosing() {
        var due = RetentionDates.due(facts(ApplicationStatus.UNDER_REVIEW, null, null), RULES);
        assertEquals(paris(2029, 5, 31, 23, 59), due.at());
    }

    @Test
    void aDraftGoesDaysAfterTheLastClosingOfItsTrack() {
        assertEquals(paris(2028, 4, 30, 23, 59), RetentionDates.due(facts(ApplicationStatus.DRAFT, null, null), RULES).at());
        Instant local = paris(2028, 9, 15, 23, 59);
        assertEquals(paris(2028, 10, 15, 23, 59), RetentionDates.due(facts(ApplicationStatus.DRAFT, null, local), RULES).at());
    }

    @Test
    void everyStatusHasItsRuleOrHoldsAPlace() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            RetentionRule rule = RetentionDates.ruleOf(facts(status, PUBLISHED, null));
            RetentionRule expected = switch (status) {
                case DRAFT -> RetentionRule.DRAFT;
                case WITHDRAWN -> RetentionRule.WITHDRAWN;
                case ENROLLED -> RetentionRule.ENROLLED;
                case ADMITTED, ACCEPTED -> null;
                default -> RetentionRule.NOT_ADMITTED;
            };
            assertEquals(expected, rule, status.name());
        }
    }

    @Test
    void anEnrolledStudentIsReducedOnceDaysAfterTheEnrolment() {
        Instant enrolled = paris(2028, 7, 10, 9, 0);
        var facts = new RetentionDates.Facts(ApplicationStatus.ENROLLED, ApplicationOrigin.HERE, null, false, enrolled,
                CLOSES, PUBLISHED, null);
        assertEquals(paris(2028, 8, 9, 9, 0), RetentionDates.due(facts, RULES).at());
        var reduced = new RetentionDates.Facts(ApplicationStatus.ENROLLED, ApplicationOrigin.HERE, null, true, enrolled,
                CLOSES, PUBLISHED, null);
        assertNull(RetentionDates.due(reduced, RULES));
    }

    @Test
    void anImportedDossierFollowsThePlatformsOutcome() {
        for (PlatformOutcome outcome : new PlatformOutcome[] {null, PlatformOutcome.REFUSED, PlatformOutcome.DECLINED,
                PlatformOutcome.WAITLISTED, PlatformOutcome.ADMITTED, PlatformOutcome.ACCEPTED}) {
            var facts = new RetentionDates.Facts(ApplicationStatus.UNDER_REVIEW, ApplicationOrigin.PLATFORM, outcome, false,
                    null, CLOSES, null, null);
            boolean holdsAPlace = outcome == PlatformOutcome.ADMITTED || outcome == PlatformOutcome.ACCEPTED;
            assertEquals(holdsAPlace ? null : RetentionRule.NOT_ADMITTED, RetentionDates.ruleOf(facts), String.valueOf(outcome));
        }
    }
}
