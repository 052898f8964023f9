package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.FormVersion;
import fr.univlorraine.ieps.web.Whole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;

/**
 * The head's local recruitment on a track that goes through the national platform, for the places left after the
 * platform's phases: its window, places and routes. Under the track's lock, like every change of its places: the
 * places offered never exceed those left, counting the places filled on the platform ({@link Places}). While the
 * window is open its routes take applications here ({@link ChannelWindow}).
 */
@ApplicationScoped
public class LocalRecruitmentService {

    /** Audit actions (the detail names the track, the window, the places and routes). */
    public static final String OPENED = "LOCAL_RECRUITMENT_SAVED";
    public static final String CLOSED = "LOCAL_RECRUITMENT_CLOSED";

    @Inject
    Places places;

    @Inject
    FormCheck check;

    @Inject
    AppClock clock;

    /** A platform track's figures, for the head's page. */
    public record Figures(Track track, PlatformTrack platform, long taken, long filledOnPlatform, int left) {

        public boolean opened() {
            return platform.localOpensAt != null && platform.localClosesAt != null;
        }

        /** The last minute of the window shown, included to its last second; null when none was opened. */
        public Instant localLastMinute() {
            return platform.localClosesAt == null ? null : platform.localClosesAt.minus(java.time.Duration.ofMinutes(1));
        }
    }

    /** The track's figures; 404 for an unknown track or one without a route on the platform. */
    public Figures figures(Long trackId) {
        Track track = Track.<Track>find("from Track t join fetch t.campaign where t.id = ?1", trackId).firstResultOptional()
                .orElseThrow(NotFoundException::new);
        return figures(track, platform(trackId));
    }

    private Figures figures(Track track, PlatformTrack platform) {
        long filled = Counts.of("select count(a) from Application a where a.track.id = ?1 and a.origin = ?2 and a.platformOutcome = ?3", track.id,
                ApplicationOrigin.PLATFORM, PlatformOutcome.ACCEPTED);
        return new Figures(track, platform, places.taken(track.id), filled, places.left(track));
    }

    /** Opens the local recruitment, or changes it; all or nothing. Returns the field errors, empty when saved. */
    @Transactional
    public FormErrors save(Long trackId, LocalRecruitmentForm form) {
        Track track = Track.lock(trackId);
        PlatformTrack platform = platform(trackId);
        if (platform.version != FormVersion.parse(form.version(), -1)) {
            throw new OptimisticLockException();
        }
        FormErrors errors = check.check(form);
        Integer wanted = Whole.Check.number(form.places());
        if (wanted != null && wanted >= 1 && wanted > places.left(track)) {
            errors.add(LocalRecruitmentField.places, ChannelError.PLACES_LEFT);
        }
        if (!errors.has(LocalRecruitmentField.routes.name()) && form.ticked().stream()
                .anyMatch(r -> !platform.onPlatform(EntryRoute.valueOf(r)))) {
            errors.add(LocalRecruitmentField.routes, ChannelError.ROUTES);
        }
        if (errors.any()) {
            return errors;
        }
        form.applyTo(platform);
        platform.persistAndFlush();
        return errors;
    }

    /**
     * Closes the local recruitment now: a window under way ends at once, one still to come is withdrawn. Refused when
     * none is open nor to come ({@link ChannelError#NOT_OPEN}).
     */
    @Transactional
    public void close(Long trackId, String version) {
        Track.lock(trackId);
        PlatformTrack platform = platform(trackId);
        if (platform.version != FormVersion.parse(version, -1)) {
            throw new OptimisticLockException();
        }
        Instant now = clock.now();
        if (platform.localOpensAt == null || platform.localClosesAt == null || !now.isBefore(platform.localClosesAt)) {
            throw new RuleViolation(ChannelError.NOT_OPEN);
        }
        if (platform.localOpensAt.isBefore(now)) {
            platform.localClosesAt = now;
        } else {
            platform.localOpensAt = null;
            platform.localClosesAt = null;
            platform.localPlaces = null;
            platform.localRoutes.clear();
        }
        platform.persistAndFlush();
    }

    /** What the audit trail says of the recruitment as it stands. */
    public String describe(Long trackId) {
        PlatformTrack p = platform(trackId);
        return "track " + trackId + " " + p.localOpensAt + " - " + p.localClosesAt + " places " + p.localPlaces
                + " routes " + p.localRoutes;
    }

    private static PlatformTrack platform(Long trackId) {
        PlatformTrack platform = PlatformTrack.findById(trackId);
        if (platform == null || platform.routes.isEmpty()) {
            throw new NotFoundException();
        }
        return platform;
    }
}
