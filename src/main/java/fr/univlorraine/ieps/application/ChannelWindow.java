package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.Deadline;
import fr.univlorraine.ieps.campaign.Track;
import java.time.Duration;
import java.time.Instant;

/**
 * When candidates of one route of a track apply here: the track's own window for a route that does not go through the
 * national platform, the local recruitment's for a platform route the head opened it to; a platform route outside any
 * local recruitment has none ({@link #of} gives null). {@code closesAt} is the first instant refused, as for
 * {@link Track#closesAt}.
 */
public record ChannelWindow(Instant opensAt, Instant closesAt, boolean localRecruitment) {

    /** The window of this route of the track, or null when its candidates apply on the platform only. */
    public static ChannelWindow of(Track track, PlatformTrack platform, EntryRoute route) {
        if (platform == null || route == null || !platform.onPlatform(route)) {
            return new ChannelWindow(track.opensAt, track.closesAt, false);
        }
        if (platform.localRoutes.contains(route) && platform.localOpensAt != null && platform.localClosesAt != null) {
            return new ChannelWindow(platform.localOpensAt, platform.localClosesAt, true);
        }
        return null;
    }

    /** The window of this route of the track as the database has it now (null: on the platform only). */
    public static ChannelWindow of(Track track, EntryRoute route) {
        return of(track, PlatformTrack.findById(track.id), route);
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    /** The last minute shown to candidates: included to its last second. */
    public Instant lastMinute() {
        return closesAt.minus(Duration.ofMinutes(1));
    }

    public Deadline deadline(Instant now) {
        return Deadline.until(closesAt, now);
    }
}
