package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.Track;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A track's figures: the statuses that have applications, in lifecycle order, the total and the places left.
 * Shown on the team's home page and read by the heads' dashboard. The places left count those the national platform
 * filled ({@code filledOnPlatform}: its candidates who accepted there), which hold no status of this app's flow, and
 * on an M2 track those held by the M1 students continuing there ({@code continuing}).
 */
public record TrackFigures(Track track, List<StatusCount> counts, long total, long filledOnPlatform, long placesLeft,
        long continuing) {

    /** The figures of these tracks, from two grouped queries (dossiers, continuing students). */
    public static List<TrackFigures> of(List<Track> tracks) {
        if (tracks.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<ApplicationStatus, Long>> counts = new HashMap<>();
        Map<Long, Long> filled = new HashMap<>();
        for (Object[] row : Application.countByTrackAndStatus(tracks.stream().map(t -> t.id).toList())) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(ApplicationStatus.class))
                    .put((ApplicationStatus) row[1], (Long) row[2]);
            filled.merge((Long) row[0], ((Number) row[3]).longValue(), Long::sum);
        }
        Map<Long, Long> continuing = Continuation.holdingByTrack(tracks.stream().map(t -> t.id).toList());
        return tracks.stream().map(track -> {
            Map<ApplicationStatus, Long> byStatus = counts.getOrDefault(track.id, Map.of());
            List<StatusCount> present = Arrays.stream(ApplicationStatus.values()).filter(byStatus::containsKey)
                    .map(s -> new StatusCount(s, byStatus.get(s))).toList();
            long total = present.stream().mapToLong(StatusCount::count).sum();
            long onPlatform = filled.getOrDefault(track.id, 0L);
            long held = continuing.getOrDefault(track.id, 0L);
            long taken = present.stream().filter(c -> c.status().holdsPlace()).mapToLong(StatusCount::count).sum()
                    + onPlatform + held;
            return new TrackFigures(track, present, total, onPlatform, Math.max(0, track.capacity - taken), held);
        }).toList();
    }
}
