package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.review.ReviewError;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.documents.DocumentDownloads;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.review.TeamMember;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The heads draw up the minutes of a track's selection committee and download them as a PDF. */
@Path("/classement/{level}/pv")
@RolesAllowed(Roles.HEAD)
@Produces(MediaType.TEXT_HTML)
public class MinutesResource {

    @Inject
    MinutesService minutes;

    @Inject
    RankingService ranking;

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser user;

    @Inject
    AppClock clock;

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance minutes(Track track, List<CommitteeMeeting> meetings, List<TeamMember> members,
                String heldOn, Set<Long> chosen, String otherAttendees, int ties, FormErrors errors, Localizable error,
                boolean created);
    }

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("level") String level, @QueryParam("ok") String ok) {
        Track track = campaigns.currentTrack(level);
        return page(track, clock.nowInParis().toLocalDate().toString(), Set.of(), "", new FormErrors(), null, ok != null);
    }

    @Inject
    AuditLog audit;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("level") String level, MultivaluedMap<String, String> post) {
        Track track = campaigns.currentTrack(level);
        FormErrors errors = new FormErrors();
        String rawDate = post.getFirst("heldOn");
        LocalDate heldOn = null;
        try {
            heldOn = rawDate == null || rawDate.isBlank() ? null : LocalDate.parse(rawDate.trim());
        } catch (DateTimeParseException e) {
            errors.add(MinutesField.heldOn, FieldError.DATE);
        }
        if (heldOn == null && !errors.has("heldOn")) {
            errors.add(MinutesField.heldOn, FieldError.REQUIRED);
        }
        List<Long> ids = new ArrayList<>();
        for (String raw : post.getOrDefault("memberId", List.of())) {
            try {
                ids.add(Long.valueOf(raw));
            } catch (NumberFormatException e) {
                errors.add(MinutesField.memberId, ReviewError.MEMBER_UNKNOWN);
            }
        }
        if (ids.isEmpty() && !errors.has("memberId")) {
            errors.add(MinutesField.memberId, RankingError.MEMBERS_REQUIRED);
        }
        String other = post.getFirst("otherAttendees");
        if (other != null && other.length() > 1000) {
            errors.add(MinutesField.otherAttendees, FieldError.TOO_LONG_1000);
        }
        if (errors.any()) {
            return Response.status(400).entity(rerender(level, rawDate, ids, other, errors, null)).build();
        }
        try {
            minutes.drawUp(track, new MinutesService.MeetingForm(heldOn, ids, other),
                    user.as(Actor.HEAD), ui.lang());
        } catch (RuleViolation e) {
            return Response.status(409).entity(rerender(level, rawDate, ids, other, errors, e.error)).build();
        }
        return Response.seeOther(URI.create("/classement/" + track.level + "/pv?ok=1")).build();
    }

    @GET
    @Path("{id}")
    @Produces("application/pdf")
    @Transactional
    public Response pdf(@PathParam("level") String level, @PathParam("id") Long id) {
        Track track = campaigns.currentTrack(level);
        CommitteeMeeting meeting = CommitteeMeeting.findById(id);
        if (meeting == null || !meeting.trackId.equals(track.id)) {
            throw new NotFoundException();
        }
        String fileName = "pv-comite-" + track.level + "-" + meeting.heldOn + ".pdf";
        audit.record(AuditLog.DOWNLOAD_MINUTES, null, null, fileName);
        return DocumentDownloads.pdf(meeting.pdf, fileName);
    }

    @Transactional
    TemplateInstance rerender(String level, String heldOn, List<Long> ids, String other, FormErrors errors, Localizable error) {
        return page(campaigns.currentTrack(level), heldOn == null ? "" : heldOn, Set.copyOf(ids), other == null ? "" : other, errors, error, false);
    }

    private TemplateInstance page(Track track, String heldOn, Set<Long> chosen, String other, FormErrors errors,
            Localizable error, boolean created) {
        return Templates.minutes(track, CommitteeMeeting.ofTrack(track.id), TeamMember.activeByName(), heldOn, chosen,
                other, ranking.wholeBoard(track).ties(), errors, error, created);
    }
}
