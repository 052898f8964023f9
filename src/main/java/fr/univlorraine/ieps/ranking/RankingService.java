package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.Texts;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.ranking.BoardQueries.Aggregate;
import fr.univlorraine.ieps.ranking.BoardQueries.Dossier;
import fr.univlorraine.ieps.ranking.RankOrder.Scored;
import fr.univlorraine.ieps.review.Criterion;
import fr.univlorraine.ieps.review.Scores;
import fr.univlorraine.ieps.web.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A track's ranking: dossiers under review in score order (mean of submitted reviews), until heads move
 * them by hand ({@link RankOrder}). Every manual move needs a reason and is logged. The board is read in a
 * fixed number of queries ({@link BoardQueries}), whatever the number of dossiers.
 */
@ApplicationScoped
public class RankingService {

    public static final int PAGE_SIZE = 100;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    Places places;

    @Inject
    BoardQueries queries;

    @Inject
    PublishedDecisions published;

    /**
     * One dossier of the track once its decision is published: its rank on the board as it stood (the same order of
     * scores and heads' moves), the decision, and where the dossier stands now (accepted, declined...).
     */
    public record DecidedRow(int rank, Long applicationId, String reference, String candidate, EntryRoute route,
            boolean vap, BigDecimal mean, Localizable decision, ApplicationStatus status) {
    }

    /** The track's dossiers whose decision is published, in rank order; empty before any publication. */
    @Transactional
    public List<DecidedRow> decided(Track track) {
        Map<Long, Localizable> decisions = published.ofTrack(track.id);
        if (decisions.isEmpty()) {
            return List.of();
        }
        Map<Long, Dossier> dossiers = queries.dossiers(track.id, BoardQueries.DECIDED);
        dossiers.keySet().retainAll(decisions.keySet());
        Map<Long, Aggregate> aggregates = queries.aggregates(track.id, BoardQueries.DECIDED);
        List<Scored> order = RankOrder.order(BoardQueries.scored(dossiers, aggregates, queries.positions(track.id)));
        List<DecidedRow> rows = new ArrayList<>(order.size());
        for (Scored s : order) {
            Dossier d = dossiers.get(s.id());
            rows.add(new DecidedRow(rows.size() + 1, d.id(), d.reference(), Texts.join(" ", d.firstName(), d.lastName()),
                    d.route(), d.vap(), aggregates.getOrDefault(d.id(), Aggregate.NONE).mean(), decisions.get(d.id()),
                    d.status()));
        }
        return rows;
    }

    /** One page of the board; pages count from 1. */
    @Transactional
    public Board board(Track track, int page) {
        return board(track, page, PAGE_SIZE);
    }

    /** The whole board on one page, for the minutes. */
    @Transactional
    public Board wholeBoard(Track track) {
        return board(track, 1, Integer.MAX_VALUE);
    }

    private Board board(Track track, int page, int pageSize) {
        List<Criterion> criteria = Criterion.ofCampaign(track.campaign);
        Map<Long, Dossier> dossiers = queries.dossiers(track.id);
        Map<Long, Aggregate> aggregates = queries.aggregates(track.id);
        Map<Long, RankPosition> positions = queries.positions(track.id);
        List<Scored> order = RankOrder.order(BoardQueries.scored(dossiers, aggregates, positions));
        int total = order.size();
        int pages = Math.max(1, (int) ((total + (long) pageSize - 1) / pageSize));
        int current = Math.min(Math.max(1, page), pages);
        int from = (current - 1) * pageSize;
        List<Scored> shown = order.subList(from, (int) Math.min(total, (long) from + pageSize));
        Map<Long, Map<Long, BigDecimal>> byCriterion = queries.criterionMeans(shown.stream().map(Scored::id).toList());
        boolean[] ties = RankOrder.ties(order);
        BigDecimal threshold = track.campaign.disagreementThreshold;
        int disagreements = 0;
        int missing = 0;
        for (Scored s : order) {
            Aggregate a = aggregates.getOrDefault(s.id(), Aggregate.NONE);
            disagreements += Scores.disagree(a.spread(), threshold) ? 1 : 0;
            missing += a.pending() > 0 || a.submitted() == 0 ? 1 : 0;
        }
        int tieCount = (int) IntStream.range(0, ties.length).filter(i -> ties[i]).count();
        List<BoardRow> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Scored s = shown.get(i);
            Dossier d = dossiers.get(s.id());
            Aggregate a = aggregates.getOrDefault(s.id(), Aggregate.NONE);
            Map<Long, BigDecimal> means = byCriterion.getOrDefault(s.id(), Map.of());
            rows.add(new BoardRow(from + i + 1, d.id(), d.reference(), d.firstName(), d.lastName(), d.route(), d.vap(),
                    a.mean(), a.spread(), a.submitted(), a.pending(), a.admit(), a.waitlist(), a.reject(),
                    Scores.disagree(a.spread(), threshold), ties[from + i], s.decided(),
                    criteria.stream().map(c -> means.get(c.id)).toList(), d.origin()));
        }
        return new Board(track, criteria, rows, total, current, pages, places.left(track), tieCount, disagreements,
                missing);
    }

    /**
     * The dossier's place on the track's board, with its neighbours in the board's order; empty when it is not on
     * the board (not under review). The same order and flags as {@link #board}, from the same three grouped queries.
     */
    @Transactional
    public Optional<BoardPlace> place(Track track, Long applicationId) {
        Map<Long, Aggregate> aggregates = queries.aggregates(track.id);
        List<Scored> order = RankOrder.order(BoardQueries.scored(queries.dossiers(track.id), aggregates,
                queries.positions(track.id)));
        int i = IntStream.range(0, order.size()).filter(k -> order.get(k).id().equals(applicationId)).findFirst().orElse(-1);
        if (i < 0) {
            return Optional.empty();
        }
        Scored s = order.get(i);
        Aggregate a = aggregates.getOrDefault(s.id(), Aggregate.NONE);
        return Optional.of(new BoardPlace(i + 1, order.size(), i > 0 ? order.get(i - 1).id() : null,
                i + 1 < order.size() ? order.get(i + 1).id() : null, a.mean(), a.spread(),
                Scores.disagree(a.spread(), track.campaign.disagreementThreshold), RankOrder.ties(order)[i], s.decided()));
    }

    /**
     * Moves a dossier to a rank, with the head's reason. {@code expectedRank} is the rank the head saw:
     * if someone moved things meanwhile, nothing happens and the head is asked to look again.
     */
    @Transactional
    public void move(Track track, Long applicationId, int expectedRank, int toRank, String reason, ActorRef head) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(RankingError.RANK_REASON_REQUIRED);
        }
        if (reason.length() > 1000) {
            throw new RuleViolation(FieldError.TOO_LONG_1000);
        }
        // one move at a time per track: two heads never interleave their rewrites of the positions
        Track.lock(track.id);
        Map<Long, RankPosition> positions = queries.positions(track.id);
        List<Scored> order = new ArrayList<>(RankOrder.order(BoardQueries.scored(queries.dossiers(track.id),
                queries.aggregates(track.id), positions)));
        int from = IntStream.range(0, order.size()).filter(i -> order.get(i).id().equals(applicationId)).findFirst()
                .orElse(-1);
        if (from < 0) {
            throw new NotFoundException();
        }
        if (toRank < 1 || toRank > order.size()) {
            throw new RuleViolation(RankingError.RANK_OUT_OF_RANGE);
        }
        if (expectedRank != from + 1) {
            throw new RuleViolation(RankingError.BOARD_CHANGED);
        }
        Scored moved = order.remove(from);
        order.add(toRank - 1, moved);
        for (int i = 0; i < order.size(); i++) {
            Scored s = order.get(i);
            RankPosition position = positions.remove(s.id());
            if (position == null) {
                position = new RankPosition(s.id(), track.id, i + 1, false);
                em.persist(position);
            }
            position.position = i + 1;
            position.decided = position.decided || s.id().equals(applicationId);
        }
        // dossiers that left the board (withdrawn) lose their place
        positions.values().forEach(em::remove);
        var change = new RankChange();
        change.trackId = track.id;
        change.applicationId = applicationId;
        change.fromPosition = from + 1;
        change.toPosition = toRank;
        change.reason = reason.strip();
        change.actorSubject = head.subject();
        change.actorName = head.name();
        change.occurredAt = clock.now();
        em.persist(change);
    }
}
