package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the candidates of each track and route apply now: here, with the application form, or on the national
 * platform, with a page pointing to it. The rules themselves are {@link ChannelWindow}'s; this reads them for the
 * candidate's and the public pages.
 */
@ApplicationScoped
public class ChannelService {

    @Inject
    AppClock clock;

    /** A route that takes applications here now, with the last minute of its window. */
    public record RouteHere(EntryRoute route, Instant lastMinute, boolean localRecruitment) {
    }

    /**
     * A track as the candidate sees it now: the routes open here, and the routes whose candidates apply on the
     * platform (with the platform's dates, when the admin gave them).
     */
    public record TrackChannels(Track track, List<RouteHere> here, List<EntryRoute> onPlatform, PlatformTrack platform) {

        public boolean openHere() {
            return !here.isEmpty();
        }

        /** Every route of the track applies on the platform now: the candidates get the page pointing there. */
        public boolean allOnPlatform() {
            return here.isEmpty() && onPlatform.size() == EntryRoute.values().length;
        }

        /** Whether the routes open here are the track's every route, all until its closing: nothing to say about them. */
        public boolean plain() {
            return onPlatform.isEmpty() && here.stream().noneMatch(RouteHere::localRecruitment);
        }

        /** The first closing among the routes open here; null when none is. */
        public Instant lastMinute() {
            return here.stream().map(RouteHere::lastMinute).min(Comparator.naturalOrder()).orElse(null);
        }

        public List<EntryRoute> routesHere() {
            return here.stream().map(RouteHere::route).toList();
        }
    }

    /** These tracks as the candidate sees them now, in the same order. */
    public List<TrackChannels> of(List<Track> tracks) {
        Instant now = clock.now();
        Map<Long, PlatformTrack> platforms = tracks.isEmpty() ? Map.of()
                : PlatformTrack.<PlatformTrack>list("trackId in ?1", tracks.stream().map(t -> t.id).toList()).stream()
                        .collect(Collectors.toMap(p -> p.trackId, Function.identity()));
        return tracks.stream().map(t -> of(t, platforms.get(t.id), now)).toList();
    }

    static TrackChannels of(Track track, PlatformTrack platform, Instant now) {
        List<RouteHere> here = Arrays.stream(EntryRoute.values())
                .map(r -> {
                    ChannelWindow w = ChannelWindow.of(track, platform, r);
                    return w != null && w.isOpenAt(now) ? new RouteHere(r, w.lastMinute(), w.localRecruitment()) : null;
                })
                .filter(java.util.Objects::nonNull).toList();
        List<EntryRoute> onPlatform = Arrays.stream(EntryRoute.values())
                .filter(r -> platform != null && platform.onPlatform(r) && here.stream().noneMatch(h -> h.route() == r))
                .toList();
        return new TrackChannels(track, here, onPlatform, platform);
    }

    /** The tracks open here now whose closing comes first; null when none is open. */
    public TrackChannels nextClosing(List<TrackChannels> tracks) {
        return tracks.stream().filter(TrackChannels::openHere).min(Comparator.comparing(TrackChannels::lastMinute))
                .orElse(null);
    }
}
