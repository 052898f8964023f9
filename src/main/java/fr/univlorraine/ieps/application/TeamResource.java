package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The teaching team's and the secretariat's home: where the current campaign stands, track by track
 * (applications per status, places left). Aggregates only: no candidate is named here.
 */
@Path("/equipe")
@RolesAllowed({Roles.REVIEWER, Roles.HEAD, Roles.SECRETARIAT, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class TeamResource {

    /** A track's figures: the statuses that have applications, in lifecycle order. */
    public record TrackFigures(Track track, List<StatusCount> counts, long total, long placesLeft) {
    }

    public record StatusCount(ApplicationStatus status, long count) {
    }

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<TrackFigures> tracks, List<String> roles);
    }

    @GET
    public TemplateInstance home() {
        List<String> roles = Roles.STAFF.stream().filter(user::has).toList();
        return Templates.home(figures(campaigns.currentTracks()), roles);
    }

    /** The figures of these tracks, from one grouped query; also read by the heads' dashboard. */
    public static List<TrackFigures> figures(List<Track> tracks) {
        if (tracks.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<ApplicationStatus, Long>> counts = new HashMap<>();
        for (Object[] row : Application.countByTrackAndStatus(tracks.stream().map(t -> t.id).toList())) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(ApplicationStatus.class))
                    .put((ApplicationStatus) row[1], (Long) row[2]);
        }
        return tracks.stream().map(track -> {
            Map<ApplicationStatus, Long> byStatus = counts.getOrDefault(track.id, Map.of());
            List<StatusCount> present = Arrays.stream(ApplicationStatus.values()).filter(byStatus::containsKey)
                    .map(s -> new StatusCount(s, byStatus.get(s))).toList();
            long total = present.stream().mapToLong(StatusCount::count).sum();
            long taken = present.stream().filter(c -> c.status().holdsPlace()).mapToLong(StatusCount::count).sum();
            return new TrackFigures(track, present, total, Math.max(0, track.capacity - taken));
        }).toList();
    }
}
