package fr.univlorraine.ieps.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The closing as the admin types it: the last minute in which candidates may submit, included. The track stores
 * the end of that minute, and a form shown then saved unchanged gives back the very same instant, in winter, in
 * summer and on the night the clocks go forward.
 */
class TrackFormTest {

    @Test
    void theTypedMinuteIsIncludedAndTheRoundTripChangesNothing() {
        // 31 March 2027, 23:59 in Paris (summer time, UTC+2): submissions are refused from 22:00:00 UTC
        assertClosing("2027-03-31T23:59", Instant.parse("2027-03-31T22:00:00Z"));
        // 15 January 2027, 23:59 in Paris (winter time, UTC+1)
        assertClosing("2027-01-15T23:59", Instant.parse("2027-01-15T23:00:00Z"));
        // 28 March 2027, 01:59 winter time; the next minute does not exist (02:00 becomes 03:00 summer time)
        assertClosing("2027-03-28T01:59", Instant.parse("2027-03-28T01:00:00Z"));
    }

    private static void assertClosing(String typed, Instant refusedFrom) {
        Track track = track();
        TrackForm shown = TrackForm.of(track);
        TrackForm typedByTheAdmin = new TrackForm(shown.capacity(), shown.opensAt(), typed, shown.reviewDeadline(),
                shown.decisionsPublishedAt(), shown.offerResponseDays(), shown.reminderDaysBefore(), shown.waitlistSize(),
                shown.version());
        typedByTheAdmin.applyTo(track);
        assertEquals(refusedFrom, track.closesAt, typed);
        assertEquals(refusedFrom.minusSeconds(60), track.lastMinute());
        assertEquals(typed, TrackForm.of(track).closesAt(), "the form shows the minute the admin typed");

        TrackForm.of(track).applyTo(track);  // saved again without a change
        assertEquals(refusedFrom, track.closesAt, "a round trip through the form leaves the closing where it was");
        assertEquals(true, track.isOpenAt(refusedFrom.minusMillis(100)), "open at the minute's last tenth of a second");
        assertEquals(false, track.isOpenAt(refusedFrom), "closed from the next minute");
    }

    private static Track track() {
        Track t = new Track();
        t.capacity = 19;
        t.opensAt = Instant.parse("2026-12-01T08:00:00Z");
        t.closesAt = Instant.parse("2027-02-01T23:00:00Z");
        t.reviewDeadline = Instant.parse("2027-04-30T21:59:00Z");
        t.decisionsPublishedAt = Instant.parse("2027-05-15T08:00:00Z");
        t.offerResponseDays = 8;
        t.reminderDaysBefore = 2;
        t.waitlistSize = 10;
        return t;
    }
}
