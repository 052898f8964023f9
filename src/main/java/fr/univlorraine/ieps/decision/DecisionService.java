package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.application.CandidateMails;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.ranking.BoardRow;
import fr.univlorraine.ieps.ranking.RankingService;
import fr.univlorraine.ieps.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decisions of a track: proposed from the ranking board, edited and saved as drafts by the heads, then
 * published at once (now, or by the scheduler at the track's publication time). Until then the
 * candidates see nothing: their dossiers stay under review.
 */
@ApplicationScoped
public class DecisionService {

    @Inject
    RankingService ranking;

    @Inject
    OfferService offers;

    @Inject
    Places places;

    @Inject
    ApplicationService applications;

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @Inject
    CandidateMails mails;

    /** One dossier of the board with what the system proposes and the draft saved, if any. */
    public record Row(int index, BoardRow board, DecisionKind proposed, Decision draft, boolean proposalOnly) {
        public DecisionKind chosen() {
            return draft != null && !proposalOnly ? draft.kind : proposed;
        }

        public Long motiveId() {
            return draft != null && draft.motive != null ? draft.motive.id : null;
        }

        public String motiveText() {
            return draft != null ? draft.motiveText : null;
        }

        public long version() {
            return draft != null ? draft.version : -1;
        }
    }

    /** The decisions page of a track: the board in rank order with proposals and drafts, and the counts. */
    public record Preparation(Track track, List<Row> rows, int placesLeft, int admit, int waitlist, int reject,
            int saved, List<RefusalMotive> motives) {
        public boolean complete() {
            return !rows.isEmpty() && saved == rows.size();
        }

        /** Why the scheduled publication could not run, or null. */
        public DecisionError publicationError() {
            return DecisionError.ofCode(track.publicationError);
        }
    }

    /** One line of the head's form. {@code version} is the draft's version the head saw, -1 when there was none. */
    public record Choice(Long applicationId, DecisionKind kind, Long motiveId, String motiveText, long version) {
    }

    /** One published decision as it stands now: the offer's deadline, the current place on the waiting list. */
    public record FollowUp(Long applicationId, String reference, String candidate, DecisionKind kind,
            ApplicationStatus status, Integer waitlistRank, Instant deadline, OfferOutcome outcome) {
    }

    /** What a publication did. */
    public record Published(int admitted, int waitlisted, int rejected, int promoted) {
    }

    /**
     * The board in rank order, each dossier with the system's proposal — ADMIT for the places left,
     * WAITLIST for the next {@code waitlistSize}, REJECT for the rest — and the head's draft.
     */
    @Transactional
    public Preparation prepare(Track track, boolean proposalOnly) {
        List<BoardRow> board = ranking.wholeBoard(track).rows();
        int placesLeft = places.left(track);
        Map<Long, Decision> drafts = drafts(track.id);
        List<Row> rows = new ArrayList<>(board.size());
        int admit = 0, waitlist = 0, reject = 0;
        for (int i = 0; i < board.size(); i++) {
            BoardRow b = board.get(i);
            DecisionKind proposed = i < placesLeft ? DecisionKind.ADMIT
                    : i < placesLeft + track.waitlistSize ? DecisionKind.WAITLIST : DecisionKind.REJECT;
            Row row = new Row(i, b, proposed, drafts.get(b.applicationId()), proposalOnly);
            switch (row.chosen()) {
                case ADMIT -> admit++;
                case WAITLIST -> waitlist++;
                case REJECT -> reject++;
            }
            rows.add(row);
        }
        int saved = (int) rows.stream().filter(r -> r.draft() != null).count();
        return new Preparation(track, rows, placesLeft, admit, waitlist, reject, saved, RefusalMotive.offered());
    }

    /**
     * Saves the head's choices as drafts, all or nothing: every refusal names an active standard motive,
     * no more admissions than places left, and nobody changed the drafts since the head opened the page.
     */
    @Transactional
    public FormErrors save(Track track, List<Choice> choices, ActorRef head) {
        refuseIfPublishing(em.find(Track.class, track.id));
        Map<Long, Application> dossiers = underReview(track.id);
        Map<Long, Decision> drafts = drafts(track.id);
        Map<Long, RefusalMotive> motives = RefusalMotive.offered().stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        FormErrors errors = new FormErrors();
        int admits = 0;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            // a dossier twice in one form (a forged or doubled row) would make two drafts of one decision
            if (c.applicationId() == null || !dossiers.containsKey(c.applicationId()) || c.kind() == null
                    || !seen.add(c.applicationId())) {
                throw new RuleViolation(DecisionError.DECISION_FORGED);
            }
            Decision draft = drafts.get(c.applicationId());
            if ((draft == null ? -1 : draft.version) != c.version()) {
                throw new RuleViolation(DecisionError.DECISIONS_STALE);
            }
            if (c.kind() == DecisionKind.ADMIT) {
                admits++;
            }
            if (c.kind() == DecisionKind.REJECT && (c.motiveId() == null || !motives.containsKey(c.motiveId()))) {
                errors.add(DecisionField.motive, i, DecisionError.MOTIVE_REQUIRED);
            }
            if (c.motiveText() != null && c.motiveText().strip().length() > Decision.MAX_MOTIVE_TEXT) {
                errors.add(DecisionField.motiveText, i, FieldError.TOO_LONG_2000);
            }
        }
        if (admits > places.left(track)) {
            errors.add(DecisionField.decisions, DecisionError.TOO_MANY_ADMITS);
        }
        if (errors.any()) {
            return errors;
        }
        Instant now = clock.now();
        for (Choice c : choices) {
            Decision d = drafts.get(c.applicationId());
            if (d == null) {
                d = new Decision();
                d.application = dossiers.get(c.applicationId());
            }
            boolean reject = c.kind() == DecisionKind.REJECT;
            d.kind = c.kind();
            d.motive = reject ? motives.get(c.motiveId()) : null;
            d.motiveText = reject && c.motiveText() != null && !c.motiveText().isBlank() ? c.motiveText().strip() : null;
            // provisional: the waiting list is numbered in board order when the decisions are published
            d.waitlistRank = c.kind() == DecisionKind.WAITLIST ? 1 : null;
            d.preparedBy = head.name();
            d.preparedAt = now;
            if (!d.isPersistent()) {
                d.persist();
            }
        }
        return errors;
    }

    /**
     * Publishes every draft of the track at once. Checked again under the track's lock: every dossier
     * under review has a decision, and the admissions fit the places left. The waiting list is numbered
     * in board order, places the heads left free go to it at once, and each candidate gets a mail
     * saying a decision is available.
     */
    @Transactional
    public Published publish(Long trackId, ActorRef head) {
        Track track = Track.lock(trackId);
        List<BoardRow> board = ranking.wholeBoard(track).rows();
        Map<Long, Decision> drafts = drafts(track.id);
        if (board.isEmpty()) {
            throw new RuleViolation(DecisionError.NOTHING_TO_PUBLISH);
        }
        if (board.stream().anyMatch(r -> !drafts.containsKey(r.applicationId()))) {
            throw new RuleViolation(DecisionError.DECISIONS_MISSING);
        }
        long admits = drafts.values().stream().filter(d -> d.kind == DecisionKind.ADMIT).count();
        if (admits > places.left(track)) {
            throw new RuleViolation(DecisionError.TOO_MANY_ADMITS);
        }
        Instant now = clock.now();
        int nextWaitlistRank = lastWaitlistRank(track.id) + 1;
        int admitted = 0, waitlisted = 0, rejected = 0;
        for (BoardRow row : board) {
            Decision d = drafts.get(row.applicationId());
            Application app = d.application;
            d.publishedAt = now;
            switch (d.kind) {
                case ADMIT -> {
                    offers.offer(track, app, d.kind.transition, head, null);
                    admitted++;
                }
                case WAITLIST -> {
                    d.waitlistRank = nextWaitlistRank++;
                    applications.transition(app, d.kind.transition, head, null);
                    waitlisted++;
                }
                case REJECT -> {
                    String motive = d.motive.label(app.lang);
                    applications.transition(app, d.kind.transition, head,
                            d.motiveText == null ? motive : motive + " " + d.motiveText);
                    rejected++;
                }
            }
            mails.owe(ApplicationMail.Kind.DECISION, app);
        }
        int promoted = offers.fillFreePlaces(track, null);
        if (track.publishedAt == null) {
            track.publishedAt = now;
        }
        track.publicationScheduled = false;
        track.publicationError = null;
        track.publicationFailures = 0;
        return new Published(admitted, waitlisted, rejected, promoted);
    }

    /**
     * The published decisions of a track and what became of them: offers first (open ones with their
     * deadline), then the waiting list in its current order, then refusals.
     */
    @Transactional
    public List<FollowUp> followUp(Track track) {
        List<Object[]> rows = em.createQuery("select d, o from Decision d join fetch d.application a "
                + "left join Offer o on o.application = a where a.track.id = ?1 and d.publishedAt is not null "
                + "order by d.waitlistRank, a.reference", Object[].class).setParameter(1, track.id).getResultList();
        List<FollowUp> offered = new ArrayList<>();
        List<FollowUp> waiting = new ArrayList<>();
        List<FollowUp> others = new ArrayList<>();
        for (Object[] row : rows) {
            Decision d = (Decision) row[0];
            Offer o = (Offer) row[1];
            Application a = d.application;
            String name = a.firstName + " " + a.lastName;
            if (o != null) {
                offered.add(new FollowUp(a.id, a.reference, name, d.kind, a.status, null, o.deadline, o.outcome));
            } else if (a.status == ApplicationStatus.WAITLISTED) {
                waiting.add(new FollowUp(a.id, a.reference, name, d.kind, a.status, waiting.size() + 1, null, null));
            } else {
                others.add(new FollowUp(a.id, a.reference, name, d.kind, a.status, null, null, null));
            }
        }
        List<FollowUp> all = new ArrayList<>(offered);
        all.addAll(waiting);
        all.addAll(others);
        return all;
    }

    /** Asks the scheduler to publish at the track's publication time, as this head. */
    @Transactional
    public void schedule(Long trackId, ActorRef head) {
        Track track = Track.lock(trackId);
        if (!clock.now().isBefore(track.decisionsPublishedAt)) {
            throw new RuleViolation(DecisionError.PUBLICATION_TIME_PASSED);
        }
        track.publicationScheduled = true;
        track.publicationScheduledBy = head.subject();
        track.publicationScheduledByName = head.name();
        track.publicationError = null;
        track.publicationFailures = 0;
    }

    @Transactional
    public void unschedule(Long trackId) {
        Track track = Track.lock(trackId);
        track.publicationScheduled = false;
    }

    /** The tracks whose scheduled publication time has come. */
    @Transactional
    public List<Long> duePublications() {
        return em.createQuery("select t.id from Track t where t.publicationScheduled = true and t.decisionsPublishedAt <= ?1",
                Long.class).setParameter(1, clock.now()).getResultList();
    }

    /** Keeps the reason a scheduled publication could not run (its code), for the heads, and stops retrying. */
    @Transactional
    public void publicationFailed(Long trackId, Localizable error) {
        Track track = Track.lock(trackId);
        track.publicationScheduled = false;
        track.publicationError = error.code();
    }

    /** Drafts are frozen while a publication is scheduled: what the heads scheduled is what gets published. */
    private static void refuseIfPublishing(Track track) {
        if (track.publicationScheduled) {
            throw new RuleViolation(DecisionError.PUBLICATION_SCHEDULED);
        }
    }

    private Map<Long, Decision> drafts(Long trackId) {
        Map<Long, Decision> map = new HashMap<>();
        for (Decision d : em.createQuery("select d from Decision d join fetch d.application a left join fetch d.motive "
                + "where a.track.id = ?1 and a.status = ?2 and d.publishedAt is null", Decision.class)
                .setParameter(1, trackId).setParameter(2, ApplicationStatus.UNDER_REVIEW).getResultList()) {
            map.put(d.application.id, d);
        }
        return map;
    }

    private Map<Long, Application> underReview(Long trackId) {
        return em.createQuery("select a from Application a where a.track.id = ?1 and a.status = ?2", Application.class)
                .setParameter(1, trackId).setParameter(2, ApplicationStatus.UNDER_REVIEW).getResultStream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    private int lastWaitlistRank(Long trackId) {
        Integer max = em.createQuery("select max(d.waitlistRank) from Decision d where d.application.track.id = ?1 "
                + "and d.publishedAt is not null", Integer.class).setParameter(1, trackId).getSingleResult();
        return Objects.requireNonNullElse(max, 0);
    }
}
