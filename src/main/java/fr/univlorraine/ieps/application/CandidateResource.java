package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.web.Flashes;
import java.util.Set;
import java.util.EnumSet;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.application.ApplicationService.Outcome;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;

/** The candidate's pages: my applications, the dossier form; the status page is decision's CandidateStatusResource. */
@Path("/candidatures")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.TEXT_HTML)
public class CandidateResource {

    private static final Set<CandidateFlash> FLASHES = EnumSet.allOf(CandidateFlash.class);

    @Inject
    ApplicationService service;

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @Inject
    AppClock clock;

    @Inject
    jakarta.enterprise.inject.Instance<SubmissionCheck> submissionChecks;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Application> applications, List<Track> openTracks,
                List<Track> availableTracks, EntryRoute[] routes, FormErrors errors, String trackId, String entryRoute, boolean vap, CandidateFlash flash);

        static native TemplateInstance edit(Application app, ApplicationForm form, FormErrors errors,
                EntryRoute[] routes, ResearchTheme[] themes, EmployerStatus[] employerStatuses,
                List<ApplicationField> declarations, List<String> missingDocuments, CandidateFlash flash);
    }

    @GET
    public TemplateInstance list(@QueryParam("ok") String ok) {
        return listPage(new FormErrors(), null, null, false, Flashes.of(FLASHES, ok));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> params) {
        String trackId = params.getFirst("trackId");
        String route = params.getFirst("entryRoute");
        boolean vap = "on".equals(params.getFirst("vap"));
        var errors = new FormErrors();
        Long track = parseId(trackId);
        EntryRoute entryRoute = ApplicationForm.parseEnum(EntryRoute.class, route);
        if (track == null) {
            errors.add(ApplicationField.trackId, FieldError.CHOICE);
        }
        if (entryRoute == null) {
            errors.add(ApplicationField.entryRoute, FieldError.CHOICE);
        } else if (vap && entryRoute != EntryRoute.CONTINUE) {
            errors.add(ApplicationField.vap, ApplicationError.VAP_ROUTE);
        }
        if (errors.isEmpty()) {
            try {
                Application app = service.create(actor(), user.email(), track, entryRoute, vap, ui.lang());
                return redirect("/candidatures/" + app.id + "/dossier?ok=" + CandidateFlash.created);
            } catch (RuleViolation e) {
                errors.add(ApplicationField.trackId, e.error);
            }
        }
        return Response.status(400).entity(listPage(errors, trackId, route, vap, null)).build();
    }

    @GET
    @Path("{id}/dossier")
    public Response edit(@PathParam("id") Long id, @QueryParam("ok") String ok, @QueryParam("ajout") String add) {
        Application app = service.owned(id, user.subject());
        if (!app.status.isEditableByCandidate()) {
            return redirect("/candidatures/" + id);
        }
        ApplicationForm form = ApplicationForm.of(app);
        if ("diplome".equals(add) || form.degrees.isEmpty()) {
            form.addDegreeRow();
        }
        if ("experience".equals(add) || form.experiences.isEmpty()) {
            form.addExperienceRow();
        }
        return Response.ok(editPage(app, form, new FormErrors(), Flashes.of(FLASHES, ok))).build();
    }

    @POST
    @Path("{id}/dossier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") Long id, MultivaluedMap<String, String> params) {
        Application app = service.owned(id, user.subject());
        ApplicationForm form = ApplicationForm.read(params);
        String action = params.getFirst("action") == null ? "save" : params.getFirst("action");
        String anchor = "";
        String added = "";
        if (action.startsWith("removeDegree-")) {
            removeRow(form.degrees, action);
            anchor = "#diplomes";
        } else if (action.startsWith("removeExperience-")) {
            removeRow(form.experiences, action);
            anchor = "#experiences";
        } else if (action.equals("addDegree")) {
            added = "&ajout=diplome";
            anchor = "#diplomes";
        } else if (action.equals("addExperience")) {
            added = "&ajout=experience";
            anchor = "#experiences";
        }
        Outcome outcome;
        if (action.equals("submit")) {
            outcome = service.submit(id, actor(), form);
            if (outcome.ok()) {
                return redirect("/candidatures/" + id + "?ok=" + CandidateFlash.submitted);
            }
        } else {
            outcome = service.saveDraft(id, actor(), form);
            if (outcome.ok()) {
                return redirect("/candidatures/" + id + "/dossier?ok=" + CandidateFlash.saved + added + anchor);
            }
        }
        if (form.degrees.isEmpty()) {
            form.addDegreeRow();
        }
        if (form.experiences.isEmpty()) {
            form.addExperienceRow();
        }
        return Response.status(400).entity(editPage(app, form, outcome.errors(), null)).build();
    }

    private TemplateInstance listPage(FormErrors errors, String trackId, String route, boolean vap, CandidateFlash flash) {
        List<Application> applications = Application.ofCandidate(user.subject());
        List<Track> open = campaigns.openTracks();
        // a track where the candidate already has a live application is not offered again
        List<Track> available = open.stream()
                .filter(t -> applications.stream().noneMatch(a -> t.id.equals(a.liveTrackId))).toList();
        return Templates.list(applications, open, available, EntryRoute.values(), errors, trackId, route, vap, flash);
    }

    private TemplateInstance editPage(Application app, ApplicationForm form, FormErrors errors, CandidateFlash flash) {
        List<String> missingDocuments = new java.util.ArrayList<>();
        if (errors.has("documents")) {
            submissionChecks.forEach(check -> missingDocuments.addAll(check.missing(app, ui.lang())));
        }
        return Templates.edit(app, form, errors, EntryRoute.values(), ResearchTheme.values(), EmployerStatus.values(),
                ApplicationForm.DECLARATIONS, missingDocuments, flash);
    }

    private ActorRef actor() {
        return new ActorRef(user.subject(), user.displayName(), Actor.CANDIDATE);
    }

    private static void removeRow(List<?> rows, String action) {
        Long index = parseId(action.substring(action.indexOf('-') + 1));
        if (index != null && index < rows.size()) {
            rows.remove(index.intValue());
        }
    }

    private static Long parseId(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
