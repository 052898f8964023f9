package fr.univlorraine.ieps.campaign;

import static fr.univlorraine.ieps.web.ParisTime.Check.instant;
import static fr.univlorraine.ieps.web.ParisTime.Check.typed;
import static fr.univlorraine.ieps.web.Whole.Check.number;

import fr.univlorraine.ieps.web.FormOf;
import fr.univlorraine.ieps.web.ParisTime;
import fr.univlorraine.ieps.web.Whole;
import jakarta.validation.constraints.AssertTrue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A track's capacity, calendar and decision settings as the admin typed them. Dates are wall-clock
 * times in Paris, as a {@code datetime-local} field gives them. The closing is typed as the last minute in
 * which candidates may submit, included: the track stores the instant that minute ends ({@link Track#closesAt}),
 * so that saving the form unchanged never moves it.
 */
@FormOf(fields = TrackField.class, errors = TrackError.class)
public record TrackForm(
        @RestForm @Whole(min = 1, max = 500, message = "CAPACITY") String capacity,
        @RestForm @ParisTime(message = "DATETIME") String opensAt,
        @RestForm @ParisTime(message = "DATETIME") String closesAt,
        @RestForm @ParisTime(message = "DATETIME") String reviewDeadline,
        @RestForm @ParisTime(message = "DATETIME") String decisionsPublishedAt,
        @RestForm @Whole(min = 1, max = 60, message = "RESPONSE_DAYS") String offerResponseDays,
        @RestForm String reminderDaysBefore,
        @RestForm @Whole(min = 0, max = 1000, message = "WAITLIST_SIZE") String waitlistSize,
        @RestForm String version) {

    public static TrackForm of(Track t) {
        return new TrackForm(String.valueOf(t.capacity), typed(t.opensAt), typed(t.lastMinute()), typed(t.reviewDeadline),
                typed(t.decisionsPublishedAt), String.valueOf(t.offerResponseDays), String.valueOf(t.reminderDaysBefore),
                String.valueOf(t.waitlistSize), String.valueOf(t.version));
    }

    @AssertTrue(message = "CLOSES_BEFORE_OPENS")
    public boolean isClosesAt() {
        return inOrder(instant(opensAt), instant(closesAt), false);
    }

    @AssertTrue(message = "REVIEW_BEFORE_CLOSING")
    public boolean isReviewDeadline() {
        return inOrder(instant(closesAt), instant(reviewDeadline), true);
    }

    @AssertTrue(message = "PUBLICATION_BEFORE_REVIEW")
    public boolean isDecisionsPublishedAt() {
        return inOrder(instant(reviewDeadline), instant(decisionsPublishedAt), true);
    }

    /** Reminders go out before the offer expires. */
    @AssertTrue(message = "REMINDER_DAYS")
    public boolean isReminderDaysBefore() {
        Integer reminder = number(reminderDaysBefore);
        Integer days = number(offerResponseDays);
        return reminder != null && reminder >= 0 && (days == null || reminder < days);
    }

    void applyTo(Track t) {
        t.capacity = number(capacity);
        t.opensAt = instant(opensAt);
        t.closesAt = instant(closesAt).plus(1, ChronoUnit.MINUTES);
        t.reviewDeadline = instant(reviewDeadline);
        t.decisionsPublishedAt = instant(decisionsPublishedAt);
        t.offerResponseDays = number(offerResponseDays);
        t.reminderDaysBefore = number(reminderDaysBefore);
        t.waitlistSize = number(waitlistSize);
    }

    /** A date that is missing or wrong has its own error: the order is checked between two good ones. */
    private static boolean inOrder(Instant before, Instant after, boolean sameAllowed) {
        return before == null || after == null || before.isBefore(after) || sameAllowed && before.equals(after);
    }
}
