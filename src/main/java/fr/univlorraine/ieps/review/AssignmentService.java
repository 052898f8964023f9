package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The heads' side of reviewing: opening review on complete dossiers and giving each dossier its
 * reviewers, by hand or automatically (balanced load, matching research themes, never a reviewer in
 * conflict, never above a member's maximum).
 */
@ApplicationScoped
public class AssignmentService {

    /** A theme match is worth this many dossiers of extra load when choosing a reviewer. */
    static final int THEME_BONUS = 2;

    @Inject
    ApplicationService applications;

    @Inject
    AppClock clock;

    /** Moves every COMPLETE dossier of the track to UNDER_REVIEW; returns how many. */
    @Transactional
    public int openReview(Long trackId, ActorRef head) {
        List<Application> complete = Application.list("track.id = ?1 and status = ?2 order by reference", trackId,
                ApplicationStatus.COMPLETE);
        for (Application app : complete) {
            applications.transition(app, Transition.OPEN_REVIEW, head, null);
        }
        return complete.size();
    }

    /** Assigns one member to one dossier of the track, or says why not; nothing changes on refusal. */
    @Transactional
    public Review assign(Long trackId, Long applicationId, Long memberId, ActorRef head) {
        Application app = underReview(trackId, applicationId);
        TeamMember member = TeamMember.findById(memberId);
        if (member == null || !member.active) {
            throw new RuleViolation(ReviewError.MEMBER_UNKNOWN);
        }
        Review existing = Review.find("application.id = ?1 and member.id = ?2", app.id, member.id).firstResult();
        if (existing != null) {
            throw new RuleViolation(existing.status == ReviewStatus.CONFLICT ? ReviewError.MEMBER_CONFLICT : ReviewError.MEMBER_ALREADY);
        }
        if (load(member.id, app.track.campaign.id) >= member.maxDossiers) {
            throw new RuleViolation(ReviewError.MEMBER_FULL);
        }
        return create(app, member, head, false);
    }

    /** Takes a reviewer off a dossier before they submit; a submitted review or a conflict stays on record. */
    @Transactional
    public void unassign(Long trackId, Long reviewId) {
        Review review = Review.findById(reviewId);
        if (review == null || !review.application.track.id.equals(trackId)) {
            throw new NotFoundException();
        }
        if (!review.status.isPending()) {
            throw new RuleViolation(ReviewError.REVIEW_NOT_REMOVABLE);
        }
        review.delete();
    }

    /** Gives every dossier under review of the track its missing reviewers, as long as members are free. */
    @Transactional
    public void autoAssign(Long trackId, ActorRef head) {
        Track track = Track.findById(trackId);
        int wanted = track.campaign.reviewersPerDossier;
        List<TeamMember> members = TeamMember.activeWithThemes();
        Map<Long, Integer> load = loads(track.campaign.id);
        Map<Long, Set<Long>> onDossier = new HashMap<>();
        Map<Long, Integer> active = new HashMap<>();
        for (Review r : Review.ofTrack(trackId)) {
            onDossier.computeIfAbsent(r.application.id, id -> new HashSet<>()).add(r.member.id);
            if (r.status != ReviewStatus.CONFLICT) {
                active.merge(r.application.id, 1, Integer::sum);
            }
        }
        for (Application app : Application.underReviewWithThemes(trackId)) {
            Set<Long> taken = onDossier.computeIfAbsent(app.id, id -> new HashSet<>());
            int missing = wanted - active.getOrDefault(app.id, 0);
            for (int i = 0; i < missing; i++) {
                TeamMember best = choose(members, app.themes, taken, load);
                if (best == null) {
                    break;
                }
                create(app, best, head, true);
                taken.add(best.id);
                load.merge(best.id, 1, Integer::sum);
            }
        }
    }

    /** After a conflict: one replacement, chosen like the automatic assignment, if anyone is free. */
    @Transactional
    public void replace(Application app, ActorRef by) {
        Map<Long, Integer> load = loads(app.track.campaign.id);
        Set<Long> taken = Review.<Review>list("application.id = ?1", app.id).stream().map(r -> r.member.id)
                .collect(Collectors.toSet());
        TeamMember best = choose(TeamMember.activeByName(), app.themes, taken, load);
        if (best != null) {
            create(app, best, by, true);
        }
    }

    /**
     * The free member with the lowest load, counting a theme match as {@value #THEME_BONUS} dossiers
     * less: matching readers first, without piling everything on them. Ties go by name.
     */
    static TeamMember choose(List<TeamMember> members, Set<ResearchTheme> themes, Set<Long> taken, Map<Long, Integer> load) {
        return members.stream()
                .filter(m -> m.active && !taken.contains(m.id) && load.getOrDefault(m.id, 0) < m.maxDossiers)
                .min(Comparator.<TeamMember>comparingInt(m -> load.getOrDefault(m.id, 0) - (matches(m, themes) ? THEME_BONUS : 0))
                        .thenComparing(m -> m.fullName))
                .orElse(null);
    }

    static boolean matches(TeamMember member, Set<ResearchTheme> themes) {
        return member.themes.stream().anyMatch(themes::contains);
    }

    /** Dossiers each member holds in the campaign (conflicts excluded): member id to count. */
    public static Map<Long, Integer> loads(Long campaignId) {
        Map<Long, Integer> load = new HashMap<>();
        for (Object[] row : Review.getEntityManager().createQuery("select r.member.id, count(r) from Review r "
                + "where r.application.track.campaign.id = ?1 and r.status <> ?2 group by r.member.id", Object[].class)
                .setParameter(1, campaignId).setParameter(2, ReviewStatus.CONFLICT).getResultList()) {
            load.put((Long) row[0], ((Long) row[1]).intValue());
        }
        return load;
    }

    private static int load(Long memberId, Long campaignId) {
        return loads(campaignId).getOrDefault(memberId, 0);
    }

    private Application underReview(Long trackId, Long applicationId) {
        Application app = Application.findById(applicationId);
        if (app == null || !app.track.id.equals(trackId)) {
            throw new NotFoundException();
        }
        if (app.status != ApplicationStatus.UNDER_REVIEW) {
            throw new RuleViolation(ReviewError.NOT_UNDER_REVIEW);
        }
        return app;
    }

    private Review create(Application app, TeamMember member, ActorRef by, boolean automatic) {
        var review = new Review();
        review.application = app;
        review.member = member;
        review.status = ReviewStatus.ASSIGNED;
        review.assignedAt = clock.now();
        review.assignedBy = by.shownName();
        review.automatic = automatic;
        review.updatedAt = review.assignedAt;
        review.persist();
        return review;
    }
}
