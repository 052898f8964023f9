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
import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.notification.StaffMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The heads' side of reviewing: opening review on complete dossiers and giving each dossier its
 * reviewers, by hand or automatically (the most even loads the constraints allow, matching research themes when
 * that costs no evenness, never a reviewer in conflict, never above a member's maximum). Only members linked to a
 * login are given dossiers (the others could not read them); each one learns of a new dossier by mail, and a member
 * who has not signed in yet can be invited to, once a day at most.
 */
@ApplicationScoped
public class AssignmentService {

    /** The shortest time between two invitations to sign in sent to one member. */
    static final Duration REMINDER_GAP = Duration.ofHours(24);

    @Inject
    ApplicationService applications;

    @Inject
    AppClock clock;

    @Inject
    Event<StaffMail> staffMails;

    /**
     * How even the loads are: the loads of the members who may be given dossiers, the largest minus the smallest, and
     * when that is more than one, what keeps it so.
     */
    public record Spread(int readers, int min, int max, List<Obstacle> obstacles) {
        public int gap() {
            return max - min;
        }

        public boolean even() {
            return gap() <= 1;
        }
    }

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
        if (!member.isLinked()) {
            throw new RuleViolation(ReviewError.MEMBER_NOT_SIGNED_IN);
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

    /**
     * Takes a reviewer off a dossier before they submit; a submitted review or a conflict stays on record. Returns the
     * dossier's id.
     */
    @Transactional
    public Long unassign(Long trackId, Long reviewId) {
        Review review = Review.findById(reviewId);
        if (review == null || !review.application.track.id.equals(trackId)) {
            throw new NotFoundException();
        }
        if (!review.status.isPending()) {
            throw new RuleViolation(ReviewError.REVIEW_NOT_REMOVABLE);
        }
        review.delete();
        return review.application.id;
    }

    /**
     * Gives every dossier under review of the track its missing reviewers among the members linked to a login, with
     * the most even loads the constraints allow ({@link AssignmentPlan}); what was assigned before stays. Returns how
     * many reviewers were added.
     */
    @Transactional
    public int autoAssign(Long trackId, ActorRef head) {
        Track track = Track.findById(trackId);
        int wanted = track.campaign.reviewersPerDossier;
        List<TeamMember> members = TeamMember.assignableWithThemes();
        Map<Long, Integer> load = loads(track.campaign.id);
        Map<Long, Set<Long>> onDossier = new HashMap<>();
        Map<Long, Integer> active = new HashMap<>();
        for (Review r : Review.ofTrack(trackId)) {
            onDossier.computeIfAbsent(r.application.id, id -> new HashSet<>()).add(r.member.id);
            if (r.status != ReviewStatus.CONFLICT) {
                active.merge(r.application.id, 1, Integer::sum);
            }
        }
        Map<Long, Application> apps = new LinkedHashMap<>();
        List<AssignmentPlan.Dossier> dossiers = new ArrayList<>();
        for (Application app : Application.underReviewWithThemes(trackId)) {
            int missing = wanted - active.getOrDefault(app.id, 0);
            if (missing > 0) {
                apps.put(app.id, app);
                dossiers.add(new AssignmentPlan.Dossier(app.id, app.themes, missing, onDossier.getOrDefault(app.id, Set.of())));
            }
        }
        Map<Long, TeamMember> byId = new HashMap<>();
        List<AssignmentPlan.Reader> readers = members.stream().peek(m -> byId.put(m.id, m))
                .map(m -> new AssignmentPlan.Reader(m.id, m.fullName, m.themes, load.getOrDefault(m.id, 0), m.maxDossiers))
                .toList();
        AssignmentPlan.Result plan = AssignmentPlan.plan(readers, dossiers);
        int added = 0;
        for (var entry : plan.added().entrySet()) {
            for (Long member : entry.getValue()) {
                create(apps.get(entry.getKey()), byId.get(member), head, true);
                added++;
            }
        }
        return added;
    }

    /** One member on one dossier of the track: reading it, or in conflict with it. */
    record Held(Long member, Long dossier, boolean conflict) {
    }

    /** How even the loads of the members who may be given dossiers are, and, when they are not, why not. */
    public Spread spread(Track track) {
        Map<Long, Integer> load = loads(track.campaign.id);
        List<AssignmentPlan.Reader> readers = TeamMember.assignableWithThemes().stream()
                .map(m -> new AssignmentPlan.Reader(m.id, m.fullName, m.themes, load.getOrDefault(m.id, 0), m.maxDossiers))
                .toList();
        List<Held> held = Review.ofTrack(track.id).stream()
                .map(r -> new Held(r.member.id, r.application.id, r.status == ReviewStatus.CONFLICT)).toList();
        return spread(readers, held);
    }

    /**
     * The spread of these readers' loads and, above one, what keeps it there: a least loaded reader at their maximum,
     * dossiers of a most loaded reader that nobody else may read, conflicts of a least loaded reader; else the
     * assignments made before, which the automatic assignment does not move.
     */
    static Spread spread(List<AssignmentPlan.Reader> readers, List<Held> held) {
        if (readers.isEmpty()) {
            return new Spread(0, 0, 0, List.of());
        }
        int min = readers.stream().mapToInt(AssignmentPlan.Reader::load).min().orElse(0);
        int max = readers.stream().mapToInt(AssignmentPlan.Reader::load).max().orElse(0);
        if (max - min <= 1) {
            return new Spread(readers.size(), min, max, List.of());
        }
        Map<Long, Set<Long>> onDossier = new HashMap<>();
        held.forEach(h -> onDossier.computeIfAbsent(h.dossier(), id -> new HashSet<>()).add(h.member()));
        List<AssignmentPlan.Reader> lightest = readers.stream().filter(r -> r.load() == min).toList();
        List<AssignmentPlan.Reader> heaviest = readers.stream().filter(r -> r.load() == max).toList();
        List<Obstacle> obstacles = new ArrayList<>();
        for (AssignmentPlan.Reader light : lightest) {
            if (light.load() >= light.max()) {
                obstacles.add(new Obstacle(Obstacle.Kind.AT_MAXIMUM, light.name(), light.max()));
            }
        }
        for (AssignmentPlan.Reader heavy : heaviest) {
            // the dossiers this reader reads that no other reader could take instead
            long only = held.stream().filter(h -> h.member().equals(heavy.id()) && !h.conflict())
                    .filter(h -> readers.stream().filter(other -> !other.id().equals(heavy.id())).allMatch(other ->
                            onDossier.get(h.dossier()).contains(other.id()) || other.load() >= other.max()))
                    .count();
            if (only > 0) {
                obstacles.add(new Obstacle(Obstacle.Kind.ONLY_READER, heavy.name(), (int) only));
            }
        }
        for (AssignmentPlan.Reader light : lightest) {
            long conflicts = held.stream().filter(h -> h.member().equals(light.id()) && h.conflict()).count();
            if (light.load() < light.max() && conflicts > 0) {
                obstacles.add(new Obstacle(Obstacle.Kind.CONFLICTS, light.name(), (int) conflicts));
            }
        }
        if (obstacles.isEmpty()) {
            String names = heaviest.stream().map(AssignmentPlan.Reader::name).collect(Collectors.joining(", "));
            obstacles.add(new Obstacle(Obstacle.Kind.KEPT, names, max));
        }
        return new Spread(readers.size(), min, max, obstacles);
    }

    /**
     * Invites a member who has not signed in yet to do so, by mail: refused for a member already linked or inactive,
     * and within {@link #REMINDER_GAP} of the last invitation; the time of this one is recorded.
     */
    @Transactional
    public void remind(Long memberId) {
        TeamMember member = TeamMember.findById(memberId);
        if (member == null || !member.active) {
            throw new RuleViolation(ReviewError.MEMBER_UNKNOWN);
        }
        if (member.isLinked()) {
            throw new RuleViolation(ReviewError.MEMBER_ALREADY_SIGNED_IN);
        }
        Instant now = clock.now();
        if (member.signInRemindedAt != null && now.isBefore(member.signInRemindedAt.plus(REMINDER_GAP))) {
            throw new RuleViolation(ReviewError.REMINDER_TOO_SOON);
        }
        member.signInRemindedAt = now;
        staffMails.fire(StaffMail.toPerson(ApplicationMail.Kind.STAFF_SIGN_IN, null, member.email, null, null, null));
    }

    /** After a conflict: one replacement, chosen like the automatic assignment, if anyone is free. */
    @Transactional
    public void replace(Application app, ActorRef by) {
        Map<Long, Integer> load = loads(app.track.campaign.id);
        Set<Long> taken = Review.<Review>list("application.id = ?1", app.id).stream().map(r -> r.member.id)
                .collect(Collectors.toSet());
        TeamMember best = choose(TeamMember.assignableWithThemes(), app.themes, taken, load);
        if (best != null) {
            create(app, best, by, true);
        }
    }

    /**
     * The free member linked to a login with the lowest load; among equal loads, one whose themes match. Ties go by
     * name.
     */
    static TeamMember choose(List<TeamMember> members, Set<ResearchTheme> themes, Set<Long> taken, Map<Long, Integer> load) {
        return members.stream()
                .filter(m -> m.active && m.isLinked() && !taken.contains(m.id) && load.getOrDefault(m.id, 0) < m.maxDossiers)
                .min(Comparator.<TeamMember>comparingInt(m -> load.getOrDefault(m.id, 0))
                        .thenComparing(m -> matches(m, themes) ? 0 : 1).thenComparing(m -> m.fullName))
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
        staffMails.fire(StaffMail.toPerson(ApplicationMail.Kind.STAFF_ASSIGNED, member.accountSubject, member.email,
                app.id, app.reference, app.track.level.name()));
        return review;
    }
}
