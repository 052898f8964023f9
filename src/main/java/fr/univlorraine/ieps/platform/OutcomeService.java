package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.Texts;
import fr.univlorraine.ieps.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the national platform decided for a track's imported dossiers, as the head records it by hand. The platform,
 * not this app, decides and tells its candidates; the outcomes keep this app's figures true: a candidate who accepted
 * a place on the platform holds one of the track's places, so recording more acceptances than places is refused.
 */
@ApplicationScoped
public class OutcomeService {

    @Inject
    PlatformService platform;

    @Inject
    AppClock clock;

    /**
     * One imported dossier on the page. {@code selected} is the outcome the form shows: the one recorded, or what the
     * head typed when the form comes back with an error ("" for none).
     */
    public record Row(int index, Long applicationId, String reference, String platformNumber, String candidate,
            ApplicationStatus status, PlatformOutcome outcome, Instant outcomeAt, String selected) {

        public boolean selects(PlatformOutcome o) {
            return o.name().equals(selected);
        }
    }

    /** The page: the track's imported dossiers by name, and its places. */
    public record Page(Track track, List<Row> rows, int capacity, long taken, long filledOnPlatform) {

        public long placesLeft() {
            return Math.max(0, capacity - taken);
        }
    }

    /** One line of the head's form: a dossier and the outcome typed for it ("" or null for none). */
    public record Choice(Long applicationId, String outcome) {
    }

    /** A recorded change, for the audit. */
    public record Change(Long applicationId, PlatformOutcome from, PlatformOutcome to) {
    }

    /** What saving did: the errors (then nothing changed) or the changes made. */
    public record Saved(FormErrors errors, List<Change> changes) {
    }

    /** The page as recorded. */
    @Transactional
    public Page page(Track track) {
        return page(track, Map.of());
    }

    /** The page with what the head typed (application id → value) shown instead of what is recorded. */
    @Transactional
    public Page page(Track track, Map<Long, String> typed) {
        List<Application> dossiers = dossiers(track.id);
        List<Row> rows = new ArrayList<>(dossiers.size());
        for (Application a : dossiers) {
            String recorded = a.platformOutcome == null ? "" : a.platformOutcome.name();
            rows.add(new Row(rows.size(), a.id, a.reference, a.platformNumber, Texts.join(" ", a.lastName, a.firstName),
                    a.status, a.platformOutcome, a.platformOutcomeAt, typed.getOrDefault(a.id, recorded)));
        }
        long filled = dossiers.stream().filter(a -> a.platformOutcome == PlatformOutcome.ACCEPTED).count();
        return new Page(track, rows, track.capacity, platform.taken(track.id), filled);
    }

    /**
     * Records the outcomes typed, all or nothing, under the track's lock (the places are counted as they stand): each
     * names a known outcome or none, and the acceptances recorded fit the places the app's own flow leaves. A dossier
     * that is not one of the track's imported ones is a forged form: 404.
     */
    @Transactional
    public Saved save(Track track, List<Choice> choices) {
        Track.lock(track.id);
        Map<Long, Application> dossiers = dossiers(track.id).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        FormErrors errors = new FormErrors();
        Map<Long, PlatformOutcome> wanted = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (c.applicationId() == null || !dossiers.containsKey(c.applicationId()) || !seen.add(c.applicationId())) {
                throw new NotFoundException();
            }
            String value = c.outcome() == null ? "" : c.outcome().strip();
            PlatformOutcome outcome = Arrays.stream(PlatformOutcome.values()).filter(o -> o.name().equals(value))
                    .findFirst().orElse(null);
            if (outcome == null && !value.isEmpty()) {
                errors.add(OutcomeField.outcome, i, OutcomeError.UNKNOWN_OUTCOME);
            }
            wanted.put(c.applicationId(), outcome);
        }
        long acceptedNow = dossiers.values().stream().filter(a -> a.platformOutcome == PlatformOutcome.ACCEPTED).count();
        long acceptedAfter = dossiers.values().stream()
                .filter(a -> (wanted.containsKey(a.id) ? wanted.get(a.id) : a.platformOutcome) == PlatformOutcome.ACCEPTED)
                .count();
        long takenHere = platform.taken(track.id) - acceptedNow;
        if (acceptedAfter > acceptedNow && takenHere + acceptedAfter > track.capacity) {
            errors.add(OutcomeField.outcomes, OutcomeError.TOO_MANY_ACCEPTED);
        }
        if (errors.any()) {
            return new Saved(errors, List.of());
        }
        Instant now = clock.now();
        List<Change> changes = new ArrayList<>();
        wanted.forEach((id, outcome) -> {
            Application a = dossiers.get(id);
            if (!Objects.equals(a.platformOutcome, outcome)) {
                changes.add(new Change(id, a.platformOutcome, outcome));
                a.platformOutcome = outcome;
                a.platformOutcomeAt = outcome == null ? null : now;
            }
        });
        return new Saved(errors, changes);
    }

    /** The track's imported dossiers, by name then platform number. */
    private static List<Application> dossiers(Long trackId) {
        return Application.list("track.id = ?1 and origin = ?2 order by lastName, firstName, platformNumber, id", trackId,
                ApplicationOrigin.PLATFORM);
    }
}
