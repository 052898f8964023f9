package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Continuation;
import fr.univlorraine.ieps.application.ContinuationPlaceFreed;
import fr.univlorraine.ieps.application.ContinuationState;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Continuation from M1 to M2: the students admitted in the M1 track of the previous campaign (local dossiers accepted
 * or enrolled, platform dossiers the platform recorded as accepted) are listed for the current campaign's M2 track,
 * without a new application. Each one not leaving holds an M2 place ({@link Places}); every change that takes or
 * frees one runs under the M2 track's lock, like the offers, so the capacity is never over-committed by it.
 */
@ApplicationScoped
@Named("continuations")
public class ContinuationService {

    /** What the secretariat's list shows: the two tracks, the students and the M2 places. */
    public record Listing(Track m2, Track m1, List<Continuation> rows, long continuing, long outsideTaken, int left) {

        /** The places outside candidates may have: the capacity minus the continuing students. */
        public long outsidePlaces() {
            return Math.max(0, m2.capacity - continuing);
        }

        /** More places are held than the capacity (students listed after the offers were made). */
        public long overBy() {
            return Math.max(0, continuing + outsideTaken - m2.capacity);
        }

        public long pending() {
            return count(ContinuationState.PENDING);
        }

        public long confirmed() {
            return count(ContinuationState.CONFIRMED);
        }

        public long leaving() {
            return count(ContinuationState.LEAVING);
        }

        private long count(ContinuationState state) {
            return rows.stream().filter(c -> c.state == state).count();
        }
    }

    /** What a refresh of the list did. */
    public record Refreshed(int added, int removed) {
    }

    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    Places places;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContinuationPlaceFreed> freed;

    /** The list of the current campaign's M2 track; null when the current campaign has no M2 track. */
    @Transactional
    public Listing listing() {
        Track m2 = currentM2();
        if (m2 == null) {
            return null;
        }
        long continuing = places.continuing(m2.id);
        return new Listing(m2, m1Before(m2), Continuation.ofTrack(m2.id), continuing, places.taken(m2.id) - continuing,
                places.left(m2));
    }

    /**
     * Lists every student admitted in the previous campaign's M1 who is not listed yet, and takes off the list those
     * no longer admitted whose state nobody set. Idempotent: the students listed keep their state.
     */
    @Transactional
    public Refreshed refresh() {
        Track current = currentM2();
        if (current == null) {
            throw new NotFoundException();
        }
        Track m2 = Track.lock(current.id);
        Track m1 = m1Before(m2);
        List<Application> admitted = m1 == null ? List.of() : admitted(m1);
        Set<Long> admittedIds = new HashSet<>(admitted.stream().map(a -> a.id).toList());
        Set<Long> listed = new HashSet<>();
        int removed = 0;
        for (Continuation c : Continuation.ofTrack(m2.id)) {
            listed.add(c.application.id);
            if (!admittedIds.contains(c.application.id) && c.state == ContinuationState.PENDING && c.changedBy == null) {
                c.delete();
                audit.record(AuditLog.CONTINUATION, c.application.id, null, "unlisted from " + where(m2));
                removed++;
            }
        }
        int added = 0;
        for (Application app : admitted) {
            if (listed.contains(app.id)) {
                continue;
            }
            Continuation c = new Continuation();
            c.application = app;
            c.track = m2;
            c.state = ContinuationState.PENDING;
            c.changedAt = clock.now();
            c.persist();
            audit.record(AuditLog.CONTINUATION, app.id, null, "listed " + c.state + " for " + where(m2));
            added++;
        }
        return new Refreshed(added, removed);
    }

    /**
     * The secretariat or a head sets a student's state, with an optional note. Back from leaving takes a place again:
     * refused when none is left. Marking leaving frees the place, which follows the waiting list's rules.
     */
    @Transactional
    public void set(Long continuationId, ContinuationState state, String note, ActorRef actor) {
        if (!listed(continuationId)) {
            throw new NotFoundException();
        }
        Continuation c = lockedContinuation(continuationId);
        ContinuationState before = c.state;
        if (!before.holdsPlace() && state.holdsPlace() && places.taken(c.track.id) >= c.track.capacity) {
            throw new RuleViolation(ContinuationError.NO_PLACE_LEFT);
        }
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (before == state && Objects.equals(cleaned, c.note)) {
            return;
        }
        c.state = state;
        c.note = cleaned;
        changedBy(c, actor);
        audit.record(AuditLog.CONTINUATION, c.application.id, null, before + " -> " + state + " in " + where(c.track));
        if (before.holdsPlace() && !state.holdsPlace()) {
            freed.fire(new ContinuationPlaceFreed(c.track));
        }
    }

    /**
     * The student confirms, from their M1 status page, that they continue. Only their own dossier (another's is not
     * found); already confirmed changes nothing; leaving is the secretariat's to undo.
     */
    @Transactional
    public void confirm(Long applicationId, ActorRef student) {
        Application own = applications.owned(applicationId, student.subject());
        Continuation listed = Continuation.ofDossier(own.id).orElseThrow(NotFoundException::new);
        Continuation c = lockedContinuation(listed.id);
        switch (c.state) {
            case CONFIRMED -> {
                return;
            }
            case LEAVING -> throw new RuleViolation(ContinuationError.LEAVING);
            case PENDING -> {
                c.state = ContinuationState.CONFIRMED;
                changedBy(c, student);
                audit.record(AuditLog.CONTINUATION, own.id, null, "PENDING -> CONFIRMED by the student in " + where(c.track));
            }
        }
    }

    /** Whether the continuation is on the current campaign's list. */
    @Transactional
    public boolean listed(Long continuationId) {
        Track m2 = currentM2();
        return m2 != null && Counts.of("select count(c) from Continuation c where c.id = ?1 and c.track.id = ?2", continuationId, m2.id) > 0;
    }

    /** The continuation of an M1 dossier, for its status page; null when the student is not listed. */
    @Transactional
    public Continuation ofDossier(Long applicationId) {
        return Continuation.ofDossier(applicationId).orElse(null);
    }

    /** The current campaign's M2 track, or null. */
    private Track currentM2() {
        return campaigns.currentTracks().stream().filter(t -> t.level == Level.M2).findFirst().orElse(null);
    }

    /** The M1 track of the campaign that started the year before the M2 track's, or null. */
    static Track m1Before(Track m2) {
        return Track.<Track>find("from Track t join fetch t.campaign c where c.startYear = ?1 and t.level = ?2",
                m2.campaign.startYear - 1, Level.M1).firstResult();
    }

    /** The M1 dossiers admitted for good: accepted or enrolled here, or accepted on the national platform. */
    static List<Application> admitted(Track m1) {
        return Application.list("track.id = ?1 and (status in ?2 or (origin = ?3 and platformOutcome = ?4))", m1.id,
                List.of(ApplicationStatus.ACCEPTED, ApplicationStatus.ENROLLED), ApplicationOrigin.PLATFORM,
                PlatformOutcome.ACCEPTED);
    }

    /** The continuation, read after its M2 track is locked, so its state is the current one. 404 when unknown. */
    private Continuation lockedContinuation(Long id) {
        Continuation found = id == null ? null : Continuation.findById(id);
        if (found == null) {
            throw new NotFoundException();
        }
        Track.lock(found.track.id);
        Continuation.getEntityManager().refresh(found);
        return found;
    }

    private void changedBy(Continuation c, ActorRef actor) {
        c.changedAt = clock.now();
        c.changedBy = actor.subject();
        c.changedByName = actor.shownName();
    }

    private static String where(Track m2) {
        return m2.level + " " + m2.campaign.code;
    }
}
