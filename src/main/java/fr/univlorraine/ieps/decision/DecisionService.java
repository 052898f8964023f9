package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.kernel.Texts;
import fr.univlorraine.ieps.ranking.BoardRow;
import fr.univlorraine.ieps.ranking.RankingService;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The decisions of a track while they are drafts: proposed from the ranking board, edited and saved by the heads,
 * then published at once by {@link DecisionPublication}, now or at the time the heads chose ({@link PublicationSchedule}).
 */
@ApplicationScoped
public class DecisionService {

    @Inject
    RankingService ranking;

    @Inject
    Places places;

    @Inject
    AppClock clock;

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

        /** Dossiers of the national platform on the board: their draft is the proposal carried to the platform. */
        public int platformRows() {
            return (int) rows.stream().filter(r -> r.board().platform()).count();
        }

        /** Why the scheduled publication could not run, or null. */
        public DecisionError publicationError() {
            return DecisionError.ofCode(track.publicationError);
        }
    }

    /** One line of the head's form. {@code version} is the draft's version the head saw, -1 when there was none. */
    public record Choice(Long applicationId, DecisionKind kind, Long motiveId, String motiveText, long version) {
    }

    /**
     * The board in rank order, each dossier with the system's proposal — ADMIT for the places left,
     * WAITLIST for the next {@code waitlistSize}, REJECT for the rest, counted apart for the dossiers of the national
     * platform and for those applied here — and the head's draft.
     */
    @Transactional
    public Preparation prepare(Track track, boolean proposalOnly) {
        List<BoardRow> board = ranking.wholeBoard(track).rows();
        int placesLeft = places.left(track);
        Map<Long, Decision> drafts = Decision.draftsOf(track.id);
        List<Row> rows = new ArrayList<>(board.size());
        int admit = 0, waitlist = 0, reject = 0;
        // the platform's dossiers are proposed among themselves (a proposal carried to the platform), the dossiers applied
        // here among themselves: a local recruitment's candidates do not queue behind those the platform decides
        int here = 0, onPlatform = 0;
        for (int i = 0; i < board.size(); i++) {
            BoardRow b = board.get(i);
            int k = b.platform() ? onPlatform++ : here++;
            DecisionKind proposed = k < placesLeft ? DecisionKind.ADMIT
                    : k < placesLeft + track.waitlistSize ? DecisionKind.WAITLIST : DecisionKind.REJECT;
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
        if (Track.<Track>findById(track.id).publicationScheduled) {
            // what the heads scheduled is what gets published: drafts are frozen until then
            throw new RuleViolation(DecisionError.PUBLICATION_SCHEDULED);
        }
        Map<Long, Application> dossiers = Application.<Application>list("track.id = ?1 and status = ?2", track.id,
                ApplicationStatus.UNDER_REVIEW).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<Long, Decision> drafts = Decision.draftsOf(track.id);
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
            // a platform dossier's admission is a proposal to the platform, which fills its places itself
            if (c.kind() == DecisionKind.ADMIT && dossiers.get(c.applicationId()).origin != ApplicationOrigin.PLATFORM) {
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
            d.motiveText = reject ? Texts.stripToNull(c.motiveText()) : null;
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
}
