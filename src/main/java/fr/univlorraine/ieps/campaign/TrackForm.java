package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.web.FormErrors;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A track's capacity, calendar and decision settings as the admin typed them. Dates are wall-clock
 * times in Paris, as a {@code datetime-local} field gives them.
 */
public record TrackForm(String capacity, String opensAt, String closesAt, String reviewDeadline,
        String decisionsPublishedAt, String offerResponseDays, String reminderDaysBefore, String waitlistSize, long version) {

    static final int MAX_CAPACITY = 500;
    static final int MAX_RESPONSE_DAYS = 60;
    static final int MAX_WAITLIST = 1000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public static TrackForm of(Track t) {
        return new TrackForm(String.valueOf(t.capacity), local(t.opensAt), local(t.closesAt), local(t.reviewDeadline),
                local(t.decisionsPublishedAt), String.valueOf(t.offerResponseDays), String.valueOf(t.reminderDaysBefore),
                String.valueOf(t.waitlistSize), t.version);
    }

    private static String local(Instant instant) {
        return LOCAL.format(instant.atZone(AppClock.PARIS));
    }

    /** Every field checked alone and the dates in their order; {@code taken} places bound the capacity from below. */
    FormErrors validate(long taken) {
        var errors = new FormErrors();
        Integer cap = number(capacity);
        if (cap == null || cap < 1 || cap > MAX_CAPACITY) {
            errors.add(TrackField.capacity, TrackError.CAPACITY);
        } else if (cap < taken) {
            errors.add(TrackField.capacity, TrackError.CAPACITY_BELOW_TAKEN);
        }
        Instant opens = instant(opensAt);
        Instant closes = instant(closesAt);
        Instant review = instant(reviewDeadline);
        Instant publication = instant(decisionsPublishedAt);
        check(errors, TrackField.opensAt, opens);
        check(errors, TrackField.closesAt, closes);
        check(errors, TrackField.reviewDeadline, review);
        check(errors, TrackField.decisionsPublishedAt, publication);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            errors.add(TrackField.closesAt, TrackError.CLOSES_BEFORE_OPENS);
        }
        if (closes != null && review != null && review.isBefore(closes)) {
            errors.add(TrackField.reviewDeadline, TrackError.REVIEW_BEFORE_CLOSING);
        }
        if (review != null && publication != null && publication.isBefore(review)) {
            errors.add(TrackField.decisionsPublishedAt, TrackError.PUBLICATION_BEFORE_REVIEW);
        }
        Integer days = number(offerResponseDays);
        if (days == null || days < 1 || days > MAX_RESPONSE_DAYS) {
            errors.add(TrackField.offerResponseDays, TrackError.RESPONSE_DAYS);
        }
        Integer reminder = number(reminderDaysBefore);
        if (reminder == null || reminder < 0 || (days != null && reminder >= days)) {
            errors.add(TrackField.reminderDaysBefore, TrackError.REMINDER_DAYS);
        }
        Integer waitlist = number(waitlistSize);
        if (waitlist == null || waitlist < 0 || waitlist > MAX_WAITLIST) {
            errors.add(TrackField.waitlistSize, TrackError.WAITLIST_SIZE);
        }
        return errors;
    }

    void applyTo(Track t) {
        t.capacity = number(capacity);
        t.opensAt = instant(opensAt);
        t.closesAt = instant(closesAt);
        t.reviewDeadline = instant(reviewDeadline);
        t.decisionsPublishedAt = instant(decisionsPublishedAt);
        t.offerResponseDays = number(offerResponseDays);
        t.reminderDaysBefore = number(reminderDaysBefore);
        t.waitlistSize = number(waitlistSize);
    }

    private static void check(FormErrors errors, TrackField field, Instant value) {
        if (value == null) {
            errors.add(field, TrackError.DATETIME);
        }
    }

    static Integer number(String raw) {
        try {
            return raw == null ? null : Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Instant instant(String raw) {
        try {
            return raw == null ? null : LocalDateTime.parse(raw.strip(), LOCAL).atZone(AppClock.PARIS).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
