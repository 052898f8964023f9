package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.application.PlatformTrack;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tracks of the latest campaign whose candidates apply on the national platform (MonMaster), and where their
 * imported dossiers stand: how many, how far in this app's flow, what the platform decided, the places it filled.
 */
@ApplicationScoped
public class PlatformService {

    /** Statuses whose dossiers hold one of the track's places in this app's own flow. */
    static final List<ApplicationStatus> HOLDING = Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationStatus::holdsPlace).toList();

    @Inject
    CampaignService campaigns;

    @Inject
    EntityManager em;

    @Inject
    Places places;

    /** A track on the platform with the figures of its imported dossiers. */
    public record TrackLine(Track track, PlatformTrack platform, long imported, long complete, long underReview,
            Map<PlatformOutcome, Long> outcomes, long recorded, long filledOnPlatform, long placesLeft) {

        /** The platform's routes in their order (the collection as loaded has none). */
        public List<EntryRoute> routes() {
            return platform.routes.stream().sorted().toList();
        }

        /** The outcomes in their order, zeros included, for the hub's list. */
        public List<Map.Entry<PlatformOutcome, Long>> outcomeCounts() {
            return Arrays.stream(PlatformOutcome.values()).map(o -> Map.entry(o, outcomes.getOrDefault(o, 0L))).toList();
        }
    }

    /** The tracks of the latest campaign with platform routes, in level order, each with its figures. */
    @Transactional
    public List<TrackLine> hub() {
        List<TrackLine> lines = new ArrayList<>();
        for (Track track : campaigns.currentTracks()) {
            PlatformTrack platform = PlatformTrack.findById(track.id);
            if (platform != null && !platform.routes.isEmpty()) {
                lines.add(line(track, platform));
            }
        }
        return lines;
    }

    /** A track of the latest campaign that has platform routes; 404 for any other id. */
    @Transactional
    public Track platformTrack(Long trackId) {
        Track track = campaigns.currentTracks().stream().filter(t -> t.id.equals(trackId)).findFirst()
                .orElseThrow(NotFoundException::new);
        PlatformTrack platform = PlatformTrack.findById(track.id);
        if (platform == null || platform.routes.isEmpty()) {
            throw new NotFoundException();
        }
        return track;
    }

    /**
     * Places of the track taken: offers pending, accepted and enrolled candidates of this app's flow, and the places
     * the platform filled (its candidates who accepted there), which this app never offered: {@link Places#taken}.
     */
    public long taken(Long trackId) {
        return places.taken(trackId);
    }

    private TrackLine line(Track track, PlatformTrack platform) {
        Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
        for (Object[] row : em.createQuery("select a.status, count(a) from Application a where a.track.id = ?1 "
                + "and a.origin = ?2 group by a.status", Object[].class)
                .setParameter(1, track.id).setParameter(2, ApplicationOrigin.PLATFORM).getResultList()) {
            byStatus.put((ApplicationStatus) row[0], (Long) row[1]);
        }
        Map<PlatformOutcome, Long> outcomes = new HashMap<>();
        for (Object[] row : em.createQuery("select a.platformOutcome, count(a) from Application a where a.track.id = ?1 "
                + "and a.origin = ?2 and a.platformOutcome is not null group by a.platformOutcome", Object[].class)
                .setParameter(1, track.id).setParameter(2, ApplicationOrigin.PLATFORM).getResultList()) {
            outcomes.put((PlatformOutcome) row[0], (Long) row[1]);
        }
        long imported = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long recorded = outcomes.values().stream().mapToLong(Long::longValue).sum();
        long filled = outcomes.getOrDefault(PlatformOutcome.ACCEPTED, 0L);
        return new TrackLine(track, platform, imported, byStatus.getOrDefault(ApplicationStatus.COMPLETE, 0L),
                byStatus.getOrDefault(ApplicationStatus.UNDER_REVIEW, 0L), outcomes, recorded, filled,
                Math.max(0, track.capacity - taken(track.id)));
    }
}
