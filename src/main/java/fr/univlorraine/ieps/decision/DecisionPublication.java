package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.CandidateMails;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.ranking.BoardRow;
import fr.univlorraine.ieps.ranking.RankingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The publication of a track's decisions, all at once: until then the candidates see nothing and their dossiers
 * stay under review. Then what became of each decision: offers answered or expired, the waiting list moving.
 */
@ApplicationScoped
public class DecisionPublication {

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
    CandidateMails mails;

    /** One published decision as it stands now: the offer's deadline, the current place on the waiting list. */
    public record FollowUp(Long applicationId, String reference, String candidate, DecisionKind kind,
            ApplicationStatus status, Integer waitlistRank, Instant deadline, OfferOutcome outcome) {
    }

    /** What a publication did. */
    public record Published(int admitted, int waitlisted, int rejected, int promoted) {
    }

    /**
     * Publishes every draft of the track at once. Checked again under the track's lock: every dossier
     * under review has a decision, and the admissions fit the places left. The waiting list is numbered
     * in board order, places the heads left free go to it at once, and each candidate gets a mail
     * saying a decision is available. Dossiers imported from the national platform are left as they are: ranked on
     * the board, decided on the platform.
     */
    @Transactional
    public Published publish(Long trackId, ActorRef head) {
        return publish(trackId, head, true);
    }

    /**
     * Publishes as {@link #publish(Long, ActorRef)} does, unless the track has {@link #warnings} and the head has
     * not confirmed them: then nothing is published ({@link DecisionError#PUBLISH_WARNINGS}). The warnings are read
     * again under the track's lock, so that the head confirms what holds at this instant.
     */
    @Transactional
    public Published publish(Long trackId, ActorRef head, boolean warningsConfirmed) {
        Track track = Track.lock(trackId);
        List<BoardRow> board = decidedHere(ranking.wholeBoard(track).rows());
        if (!warningsConfirmed && warnings(track, board).any()) {
            throw new RuleViolation(DecisionError.PUBLISH_WARNINGS);
        }
        Map<Long, Decision> drafts = Decision.draftsOf(track.id);
        if (board.isEmpty()) {
            throw new RuleViolation(DecisionError.NOTHING_TO_PUBLISH);
        }
        if (board.stream().anyMatch(r -> !drafts.containsKey(r.applicationId()))) {
            throw new RuleViolation(DecisionError.DECISIONS_MISSING);
        }
        long admits = board.stream().map(r -> drafts.get(r.applicationId()))
                .filter(d -> d.kind == DecisionKind.ADMIT).count();
        if (admits > places.left(track)) {
            throw new RuleViolation(DecisionError.TOO_MANY_ADMITS);
        }
        Instant now = clock.now();
        int nextWaitlistRank = Decision.lastWaitlistRank(track.id) + 1;
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

    /** What the head should know before publishing now: applications still open, reviews missing. */
    @Transactional
    public PublicationWarnings warnings(Track track) {
        return warnings(track, ranking.wholeBoard(track).rows());
    }

    /** The warnings of a track whose board was just read; dossiers of the national platform are not published here. */
    public PublicationWarnings warnings(Track track, List<BoardRow> rows) {
        List<BoardRow> board = decidedHere(rows);
        int pending = board.stream().mapToInt(BoardRow::pending).sum();
        int dossiers = (int) board.stream().filter(BoardRow::missingReviews).count();
        return new PublicationWarnings(clock.now().isBefore(track.closesAt), track.closesAt, pending, dossiers);
    }

    /**
     * The board's dossiers whose decision this app publishes: not those imported from the national platform, which
     * decides and tells them itself (their draft stays a draft: the proposal the head carries to the platform).
     */
    static List<BoardRow> decidedHere(List<BoardRow> board) {
        return board.stream().filter(r -> !r.platform()).toList();
    }

    /**
     * The published decisions of a track and what became of them: offers first (open ones with their
     * deadline), then the waiting list in its current order, then refusals.
     */
    @Transactional
    public List<FollowUp> followUp(Track track) {
        List<FollowUp> offered = new ArrayList<>();
        List<FollowUp> waiting = new ArrayList<>();
        List<FollowUp> others = new ArrayList<>();
        for (Object[] row : Decision.publishedWithOffers(track.id)) {
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
}
