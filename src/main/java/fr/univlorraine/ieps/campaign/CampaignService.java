package fr.univlorraine.ieps.campaign;

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

    public List<Track> openTracks() {
        var now = clock.now();
        return currentTracks().stream().filter(t -> t.isOpenAt(now)).toList();
    }

    /** Whether one of these tracks takes applications now. */
    public boolean anyOpen(List<Track> tracks) {
        var now = clock.now();
        return tracks.stream().anyMatch(t -> t.isOpenAt(now));
    }
}
