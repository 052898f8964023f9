package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.Params;
import java.util.EnumSet;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The heads' assignment page for one track: open review on complete dossiers, give each dossier its
 * reviewers by hand or automatically, see conflicts of interest with their reasons, each member's load and how even
 * the loads are (and why not, when they are not), and invite the members who never signed in to do so. Adding or
 * removing a reviewer comes back to the dossier's row ({@code #dossier-<id>}); with JavaScript, the row is swapped in
 * place.
 */
@Path("/responsable/affectations/{level}")
@RolesAllowed(Roles.HEAD)
@Produces(MediaType.TEXT_HTML)
public class AssignmentResource {

    private static final Set<ReviewFlash> FLASHES = EnumSet.of(ReviewFlash.review_opened, ReviewFlash.assign_auto,
            ReviewFlash.assign_added, ReviewFlash.assign_removed, ReviewFlash.reminder_sent);

    @Inject
    AssignmentService assignments;

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser user;

    /** A dossier under review with its reviews, the members still possible, and whether it lacks reviewers. */
    public record Line(Application app, List<Review> reviews, List<Option> options, int missing) {
    }

    /** A member offered for a dossier: their load and whether their themes match the research project. */
    public record Option(TeamMember member, int load, boolean match) {
    }

    /** A member's load in the campaign. */
    public record Load(TeamMember member, int load, boolean full) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assignments(Track track, long complete, List<Line> lines, List<Load> loads,
                int wanted, AssignmentService.Spread spread, List<TeamMember> notSignedIn, Localizable error,
                ReviewFlash flash);
    }

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("level") String level, @QueryParam("ok") String ok) {
        return page(campaigns.currentTrack(level), null, Flashes.of(FLASHES, ok));
    }

    @POST
    @Path("ouvrir")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("level") String level) {
        assignments.openReview(campaigns.currentTrack(level).id, user.as(Actor.HEAD));
        return back(level, ReviewFlash.review_opened);
    }

    @POST
    @Path("auto")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response auto(@PathParam("level") String level) {
        assignments.autoAssign(campaigns.currentTrack(level).id, user.as(Actor.HEAD));
        return back(level, ReviewFlash.assign_auto);
    }

    @POST
    @Path("dossiers/{applicationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("level") String level, @PathParam("applicationId") Long applicationId,
            MultivaluedMap<String, String> post) {
        Track track = campaigns.currentTrack(level);
        try {
            Long memberId = Params.number(post.getFirst("memberId"));
            if (memberId == null) {
                throw new RuleViolation(ReviewError.MEMBER_UNKNOWN);
            }
            assignments.assign(track.id, applicationId, memberId, user.as(Actor.HEAD));
        } catch (RuleViolation e) {
            return Response.status(409).entity(rerender(level, e.error)).build();
        }
        return back(level, ReviewFlash.assign_added, "dossier-" + applicationId);
    }

    @POST
    @Path("evaluations/{reviewId}/retirer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("level") String level, @PathParam("reviewId") Long reviewId) {
        Long applicationId;
        try {
            applicationId = assignments.unassign(campaigns.currentTrack(level).id, reviewId);
        } catch (RuleViolation e) {
            return Response.status(409).entity(rerender(level, e.error)).build();
        }
        return back(level, ReviewFlash.assign_removed, "dossier-" + applicationId);
    }

    /** Invites a member who never signed in to do so (once a day at most). */
    @POST
    @Path("membres/{memberId}/rappel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remind(@PathParam("level") String level, @PathParam("memberId") Long memberId) {
        campaigns.currentTrack(level);
        try {
            assignments.remind(memberId);
        } catch (RuleViolation e) {
            return Response.status(409).entity(rerender(level, e.error)).build();
        }
        return back(level, ReviewFlash.reminder_sent, "pas-connectes");
    }

    @Transactional
    TemplateInstance rerender(String level, Localizable error) {
        return page(campaigns.currentTrack(level), error, null);
    }

    private TemplateInstance page(Track track, Localizable error, ReviewFlash flash) {
        long complete = Counts.of("select count(a) from Application a where a.track.id = ?1 and a.status = ?2", track.id,
                ApplicationStatus.COMPLETE);
        List<TeamMember> members = TeamMember.activeWithThemes();
        List<TeamMember> assignable = members.stream().filter(TeamMember::isLinked).toList();
        Map<Long, Integer> load = AssignmentService.loads(track.campaign.id);
        Map<Long, List<Review>> byDossier = Review.ofTrack(track.id).stream()
                .collect(Collectors.groupingBy(r -> r.application.id));
        int wanted = track.campaign.reviewersPerDossier;
        List<Line> lines = new ArrayList<>();
        for (Application app : Application.underReviewWithThemes(track.id)) {
            List<Review> reviews = byDossier.getOrDefault(app.id, List.of());
            Set<Long> taken = reviews.stream().map(r -> r.member.id).collect(Collectors.toSet());
            List<Option> options = assignable.stream().filter(m -> !taken.contains(m.id))
                    .map(m -> new Option(m, load.getOrDefault(m.id, 0), AssignmentService.matches(m, app.themes))).toList();
            long active = reviews.stream().filter(r -> r.status != ReviewStatus.CONFLICT).count();
            lines.add(new Line(app, reviews, options, (int) Math.max(0, wanted - active)));
        }
        List<Load> loads = members.stream().map(m -> new Load(m, load.getOrDefault(m.id, 0),
                load.getOrDefault(m.id, 0) >= m.maxDossiers)).toList();
        List<TeamMember> notSignedIn = members.stream().filter(m -> !m.isLinked()).toList();
        return Templates.assignments(track, complete, lines, loads, wanted, assignments.spread(track), notSignedIn,
                error, flash);
    }

    private static Response back(String level, ReviewFlash flash) {
        return back(level, flash, null);
    }

    /** Back to the page, at {@code anchor} when given (the row the form was on), so the page keeps its place. */
    private static Response back(String level, ReviewFlash flash, String anchor) {
        return Response.seeOther(URI.create("/responsable/affectations/" + level + "?ok=" + flash
                + (anchor == null ? "" : "#" + anchor))).build();
    }
}
