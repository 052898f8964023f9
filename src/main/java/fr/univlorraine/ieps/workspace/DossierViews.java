package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.decision.Decision;
import fr.univlorraine.ieps.decision.Offer;
import fr.univlorraine.ieps.documents.DocumentService;
import fr.univlorraine.ieps.ranking.BoardPlace;
import fr.univlorraine.ieps.ranking.RankChange;
import fr.univlorraine.ieps.ranking.RankingService;
import fr.univlorraine.ieps.review.Criterion;
import fr.univlorraine.ieps.review.Review;
import fr.univlorraine.ieps.review.ReviewService;
import fr.univlorraine.ieps.review.Scores;
import fr.univlorraine.ieps.review.TeamService;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles the staff's view of one dossier in a fixed number of queries, whatever the number of reviews: the
 * dossier with its track, its answers, pieces, history, decision and offer; for the heads and admins, its reviews
 * with their members, every level in one query, the rubric and the dossier's moves on the board.
 *
 * <p>Who reads what: the secretariat, the heads and admins read every dossier the candidate has submitted (a draft
 * is the candidate's alone); only heads and admins read the reviews. A reviewer reads a dossier only on the
 * reviewer's pages, under their rules (assigned, no conflict, blind review, the others' reviews after their own).
 * Independent reading holds for a head too: while their own review of the dossier is still due, they do not see
 * the others'. Heads are not per track: any head reads both levels, as on the board.
 */
@ApplicationScoped
public class DossierViews {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    DocumentService documents;

    @Inject
    ReviewService reviews;

    @Inject
    TeamService team;

    @Inject
    RankingService ranking;

    /** A reviewer with no other staff role: the staff view is not theirs, the reviewer's page is. */
    public boolean reviewerOnly() {
        return user.isReviewer() && !user.isHead() && !user.has(Roles.SECRETARIAT) && !user.isAdmin();
    }

    /** The reviewer's own dossier, assigned and without a declared conflict; 404 otherwise, as on the reviewer's pages. */
    @Transactional
    public void requireAssigned(Long applicationId) {
        reviews.mine(applicationId, team.current().orElseThrow(NotFoundException::new));
    }

    @Transactional
    public DossierView view(Long applicationId) {
        Application app = em.createQuery("from Application a join fetch a.track t join fetch t.campaign where a.id = ?1",
                Application.class).setParameter(1, applicationId).getResultStream().findFirst()
                .filter(a -> a.status != ApplicationStatus.DRAFT).orElseThrow(NotFoundException::new);
        // the page renders after the transaction: read what it shows now
        app.degrees.size();
        app.experiences.size();
        app.themes.size();
        List<DocumentService.ChecklistLine> pieces = documents.checklist(app);
        List<ApplicationEvent> history = ApplicationEvent.history(app);
        Decision decision = em.createQuery("from Decision d left join fetch d.motive where d.application.id = ?1",
                Decision.class).setParameter(1, applicationId).getResultStream().findFirst().orElse(null);
        Offer offer = Offer.of(applicationId).orElse(null);
        if (!user.isHead() && !user.isAdmin()) {
            return new DossierView(app, pieces, history, decision, offer, false, false, List.of(), List.of(), null, null,
                    false, List.of());
        }
        List<Review> all = Review.ofApplication(applicationId);
        String me = user.subject();
        boolean ownPending = all.stream().anyMatch(r -> me.equals(r.member.accountSubject) && r.status.isPending());
        if (ownPending) {
            return new DossierView(app, pieces, history, decision, offer, false, true, List.of(), List.of(), null, null,
                    false, List.of());
        }
        List<Criterion> criteria = Criterion.ofCampaign(app.track.campaign);
        Map<Long, Map<Long, Integer>> levels = levels(applicationId);
        List<ReviewLine> lines = all.stream().map(r -> new ReviewLine(r, criteria.stream()
                .map(c -> levels.getOrDefault(r.id, Map.of()).get(c.id)).toList())).toList();
        List<BigDecimal> scores = lines.stream().filter(ReviewLine::submitted).map(l -> l.review().score)
                .filter(java.util.Objects::nonNull).toList();
        BigDecimal spread = scores.isEmpty() ? null
                : Scores.spread(scores.stream().min(BigDecimal::compareTo).get(), scores.stream().max(BigDecimal::compareTo).get());
        return new DossierView(app, pieces, history, decision, offer, true, false, criteria, lines, Scores.mean(scores),
                spread, Scores.disagree(spread, app.track.campaign.disagreementThreshold), RankChange.ofApplication(applicationId));
    }

    /** The dossier for the committee, with its place on its track's board; 404 when it is not on the board. */
    @Transactional
    public Committee committee(Long applicationId) {
        DossierView view = view(applicationId);
        BoardPlace place = ranking.place(view.app().track, applicationId).orElseThrow(NotFoundException::new);
        return new Committee(view, place);
    }

    /** The levels of every review of the dossier, by review and criterion, in one query. */
    @SuppressWarnings("unchecked")
    private Map<Long, Map<Long, Integer>> levels(Long applicationId) {
        Map<Long, Map<Long, Integer>> map = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select s.review_id, s.criterion_id, s.level from review_score s "
                + "join review r on r.id = s.review_id where r.application_id = :id")
                .setParameter("id", applicationId).getResultList();
        for (Object[] row : rows) {
            map.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
                    .put(((Number) row[1]).longValue(), ((Number) row[2]).intValue());
        }
        return map;
    }
}
