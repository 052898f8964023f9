package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Params;
import fr.univlorraine.ieps.web.Ui;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import fr.univlorraine.ieps.enrolment.EnrolmentSheet;
import java.util.List;
import java.util.Map;

/**
 * Enrolment (the secretariat moves an ACCEPTED place to ENROLLED): the accepted places of each track with the state
 * of their enrolment sheet, a button per place whose sheet is complete, the offers still awaiting an answer, Post/Redirect/Get with a message saying what happened, also when nothing could.
 */
@Path("/secretariat/inscriptions")
@RolesAllowed(Roles.SECRETARIAT)
@Produces(MediaType.TEXT_HTML)
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    /** The message after a confirmation: its text and whether it reports a success, a no-op or a refusal. */
    public record Notice(String kind, String text) {
    }

    /**
     * A track, its accepted places with the enrolment sheets completed (by dossier id), and the offers still awaiting
     * an answer.
     */
    public record TrackPlaces(Track track, List<Application> places, Map<Long, EnrolmentSheet> sheets,
            List<ExportRows.Pending> pending) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enrolments(List<TrackPlaces> tracks, Notice notice);
    }

    @GET
    @Transactional
    public TemplateInstance enrolments(@QueryParam("resultat") String outcome, @QueryParam("dossier") String dossier) {
        List<TrackPlaces> tracks = campaigns.currentTracks().stream().map(t -> {
            List<Application> places = enrolments.places(t);
            return new TrackPlaces(t, places, enrolments.sheets(places), enrolments.pending(t));
        }).toList();
        return Templates.enrolments(tracks, notice(outcome, Params.number(dossier)));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(@PathParam("id") String id) {
        var result = enrolments.enrol(Params.number(id), user.as(Actor.SECRETARIAT));
        String query = "?resultat=" + result.outcome() + (result.id() == null ? "" : "&dossier=" + result.id());
        return Response.seeOther(URI.create("/secretariat/inscriptions" + query + "#resultat")).build();
    }

    private Notice notice(String outcomeName, Long id) {
        EnrolmentService.Outcome outcome = Params.constant(EnrolmentService.Outcome.class, outcomeName);
        if (outcome == null) {
            return null;
        }
        Application app = enrolments.ofCurrentCampaign(id);
        if (app == null && outcome != EnrolmentService.Outcome.UNKNOWN) {
            return null;
        }
        var labels = new ExportLabels(ui.lang());
        String reference = app == null || app.reference == null ? labels.exp.no_reference() : app.reference;
        return switch (outcome) {
            case ENROLLED -> new Notice("ok", labels.exp.outcome_ENROLLED(reference));
            case ALREADY_ENROLLED -> new Notice("info", labels.exp.outcome_ALREADY_ENROLLED(reference));
            case NOT_ACCEPTED -> new Notice("error", labels.exp.outcome_NOT_ACCEPTED(reference, labels.status(app.status)));
            case SHEET_MISSING -> new Notice("error", labels.exp.outcome_SHEET_MISSING(reference));
            case UNKNOWN -> new Notice("error", labels.exp.outcome_UNKNOWN());
        };
    }
}
