package fr.univlorraine.ieps.campaign;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a track's closing stands at one instant, as the candidate's pages announce it: nothing special more than a week
 * before, the date with the days left in the last week, the hours and minutes left in the last 24 hours (rendered by
 * the server, so it needs no JavaScript), then closed. {@code lastMinute} is the minute shown as the closing.
 */
public record Deadline(Phase phase, Instant lastMinute, long days, long hours, long minutes) {

    public enum Phase {
        OPEN, LAST_WEEK, LAST_DAY, CLOSED
    }

    static final Duration WEEK = Duration.ofDays(7);
    static final Duration DAY = Duration.ofDays(1);

    static Deadline of(Track track, Instant now) {
        return until(track.closesAt, now);
    }

    /**
     * Where a closing stands at {@code now}, for a window that is not the track's own (a local recruitment):
     * {@code closesAt} is the first instant refused, as for {@link Track#closesAt}.
     */
    public static Deadline until(Instant closesAt, Instant now) {
        Duration left = Duration.between(now, closesAt);
        Phase phase = left.isNegative() || left.isZero() ? Phase.CLOSED
                : left.compareTo(DAY) <= 0 ? Phase.LAST_DAY
                : left.compareTo(WEEK) <= 0 ? Phase.LAST_WEEK : Phase.OPEN;
        if (phase == Phase.CLOSED) {
            left = Duration.ZERO;
        }
        // whole days, rounded up: "in 3 days" until the last 24 hours
        long days = (left.toSeconds() + DAY.toSeconds() - 1) / DAY.toSeconds();
        return new Deadline(phase, closesAt.minus(Duration.ofMinutes(1)), days, left.toHours(), left.toMinutesPart());
    }

    public boolean closed() {
        return phase == Phase.CLOSED;
    }

    /** Shown with a banner: the last week, the last day, and once closed. */
    public boolean announced() {
        return phase != Phase.OPEN;
    }
}
