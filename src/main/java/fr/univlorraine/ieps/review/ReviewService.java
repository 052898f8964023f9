package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.kernel.Texts;
import fr.univlorraine.ieps.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/**
 * A reviewer's side: their queue, their review of a dossier (draft, then submitted for good), and the
 * declaration of a conflict of interest. A dossier that is not assigned to the reviewer, or on which
 * they declared a conflict, does not exist for them.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    AppClock clock;

    @Inject
    AssignmentService assignments;

    @Inject
    FormCheck check;

    @Transactional
    public List<Review> queue(TeamMember member) {
        List<Review> queue = Review.ofMember(member.id);
        // the queue shows each dossier's research themes: read them now, the page renders after the transaction
        queue.forEach(r -> r.application.themes.size());
        return queue;
    }

    /**
     * The dossier to read after this one: the next assigned one still to score in queue order, coming back to the
     * first ones after the last; null when every other one is scored.
     */
    @Transactional
    public Long next(Long applicationId, TeamMember member) {
        List<Review> queue = Review.ofMember(member.id);
        int here = 0;
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).application.id.equals(applicationId)) {
                here = i;
            }
        }
        for (int step = 1; step < queue.size(); step++) {
            Review r = queue.get((here + step) % queue.size());
            if (r.status.isPending() && !r.application.id.equals(applicationId)) {
                return r.application.id;
            }
        }
        return null;
    }

    /** The member's live review of the dossier; 404 when unassigned or in conflict. */
    public Review mine(Long applicationId, TeamMember member) {
        return Review.of(applicationId, member.id).filter(r -> r.status != ReviewStatus.CONFLICT)
                .orElseThrow(NotFoundException::new);
    }

    /** Independent reading: the others' submitted reviews, only once one's own is submitted. */
    public List<Review> othersVisibleTo(Review mine) {
        if (mine.status != ReviewStatus.SUBMITTED) {
            return List.of();
        }
        return Review.<Review>list("from Review r join fetch r.member where r.application.id = ?1 and r.id <> ?2 "
                + "and r.status = ?3 order by r.submittedAt", mine.application.id, mine.id, ReviewStatus.SUBMITTED);
    }

    @Transactional
    public FormErrors saveDraft(Long applicationId, TeamMember member, ReviewForm form) {
        Review review = editable(applicationId, member, form);
        FormErrors errors = check.check(form);
        if (errors.any()) {
            return errors;
        }
        apply(review, form);
        review.status = ReviewStatus.DRAFT;
        return errors;
    }

    /** Scores, explains and recommends for good: the weighted score is fixed now. */
    @Transactional
    public FormErrors submit(Long applicationId, TeamMember member, ReviewForm form) {
        Review review = editable(applicationId, member, form);
        FormErrors errors = check.check(form, ReviewForm.Submission.class);
        if (errors.any()) {
            return errors;
        }
        List<Criterion> rubric = Criterion.ofCampaign(review.application.track.campaign);
        apply(review, form);
        review.score = Scores.weighted(rubric.stream().map(c -> new Scores.Weighted(c.id, c.weight)).toList(), review.levels);
        review.status = ReviewStatus.SUBMITTED;
        review.submittedAt = clock.now();
        return errors;
    }

    /** The reviewer steps aside: the dossier leaves their queue for good and goes to someone else. */
    @Transactional
    public void declareConflict(Long applicationId, TeamMember member, ConflictForm form) {
        Review review = mine(applicationId, member);
        FormErrors errors = check.check(form);
        if (errors.any()) {
            throw new RuleViolation(errors.first());
        }
        if (!review.status.isPending()) {
            throw new RuleViolation(ReviewError.REVIEW_ALREADY_SUBMITTED);
        }
        review.status = ReviewStatus.CONFLICT;
        review.conflictReason = form.conflictReason().trim();
        review.conflictAt = clock.now();
        review.updatedAt = review.conflictAt;
        review.levels.clear();
        review.comment = null;
        review.recommendation = null;
        if (review.application.status == ApplicationStatus.UNDER_REVIEW) {
            assignments.replace(review.application, new ActorRef(member.accountSubject, member.fullName, Actor.SYSTEM));
        }
    }

    private Review editable(Long applicationId, TeamMember member, ReviewForm form) {
        Review review = mine(applicationId, member);
        if (review.status == ReviewStatus.SUBMITTED) {
            throw new RuleViolation(ReviewError.REVIEW_ALREADY_SUBMITTED);
        }
        if (review.application.status != ApplicationStatus.UNDER_REVIEW) {
            throw new RuleViolation(ReviewError.NOT_UNDER_REVIEW);
        }
        if (form.version() != review.version) {
            throw new OptimisticLockException();
        }
        return review;
    }

    private void apply(Review review, ReviewForm form) {
        review.levels.clear();
        review.levels.putAll(form.levels());
        review.comment = Texts.stripToNull(form.comment());
        review.recommendation = form.parsedRecommendation();
        review.updatedAt = clock.now();
    }
}
