package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.kernel.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Reads the current campaign and its tracks for pages and rules. */
@ApplicationScoped
public class CampaignService {

    @Inject
    AppClock clock;

    /** Tracks of the latest campaign, M1 first; empty when no campaign exists yet. */
    public List<Track> currentTracks() {
        return Track.ofLatestCampaign();
    }

    /** The current campaign's track of a level named in a URL ("M1", "M2"); 404 for anything else. */
    public Track currentTrack(String level) {
        return currentTracks().stream().filter(t -> t.level.name().equals(level)).findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    public List<Track> openTracks() {
        var now = clock.now();
        return currentTracks().stream().filter(t -> t.isOpenAt(now)).toList();
    }

    /** The track taking applications now whose closing comes first; null when none takes any. */
    public Track nextClosing(List<Track> tracks) {
        var now = clock.now();
        return tracks.stream().filter(t -> t.isOpenAt(now)).min(java.util.Comparator.comparing(t -> t.closesAt))
                .orElse(null);
    }

    /** Whether one of these tracks takes applications now. */
    public boolean anyOpen(List<Track> tracks) {
        var now = clock.now();
        return tracks.stream().anyMatch(t -> t.isOpenAt(now));
    }
}
