package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.AppClock;

import fr.univlorraine.ieps.campaign.Deadline;

import fr.univlorraine.ieps.web.Flashes;
import java.util.Set;
import fr.univlorraine.ieps.application.ApplicationService.Outcome;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.RestForm;

/** The candidate's pages: my applications, the dossier form; the status page is decision's CandidateStatusResource. */
@Path("/candidatures")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.TEXT_HTML)
public class CandidateResource {

    private static final Set<CandidateFlash> FLASHES = CandidateFlash.AFTER_REDIRECT;

    @Inject
    ApplicationService service;

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @Inject
    FormCheck formCheck;

    @Inject
    jakarta.enterprise.inject.Instance<SubmissionCheck> submissionChecks;

    @Inject
    AppClock clock;

    @Inject
    ChannelService channels;

    @Inject
    ChannelConfig platform;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Application> applications, List<ChannelService.TrackChannels> openTracks,
                List<ChannelService.TrackChannels> availableTracks, List<EntryRoute> routes,
                List<ChannelService.TrackChannels> platformTracks, String platformUrl, FormErrors errors, String trackId,
                String entryRoute, boolean vap, CandidateFlash flash);

        static native TemplateInstance edit(Application app, ApplicationForm form, FormErrors errors,
                EntryRoute[] routes, ResearchTheme[] themes, EmployerStatus[] employerStatuses, Funding[] fundings,
                List<ApplicationField> declarations, SubmissionCheck.Pieces pieces, CandidateFlash flash, Deadline deadline,
                boolean frozen);
    }

    @GET
    public TemplateInstance list(@QueryParam("ok") String ok) {
        return listPage(new FormErrors(), null, null, false, Flashes.of(FLASHES, ok));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam NewApplicationForm form) {
        FormErrors errors = formCheck.check(form);
        if (errors.isEmpty()) {
            try {
                Application app = service.create(actor(), user.email(), Long.valueOf(form.trackId().trim()),
                        form.route(), FormValues.ticked(form.vap()), ui.lang());
                return redirect("/candidatures/" + app.id + "/dossier?ok=" + CandidateFlash.created);
            } catch (RuleViolation e) {
                errors.add(ApplicationField.trackId, e.error);
            }
        }
        boolean vap = FormValues.ticked(form.vap());
        return Response.status(400).entity(listPage(errors, form.trackId(), form.entryRoute(), vap, null)).build();
    }

    @GET
    @Path("{id}/dossier")
    public Response edit(@PathParam("id") Long id, @QueryParam("ok") String ok, @QueryParam("ajout") String add) {
        Application app = service.owned(id, user.subject());
        if (!app.status.isEditableByCandidate()) {
            return redirect("/candidatures/" + id);
        }
        ApplicationForm form = ApplicationForm.of(app);
        if ("diplome".equals(add)) {
            form.addDegreeRow();
        }
        if ("experience".equals(add)) {
            form.addExperienceRow();
        }
        return Response.ok(editPage(app, form, new FormErrors(), Flashes.of(FLASHES, ok))).build();
    }

    /**
     * Saves the draft, or saves it and goes to the summary where the candidate submits it ({@link SubmissionResource});
     * a button may first add a line (saved, then shown blank) or remove one (its number). An action or a line the page
     * does not have is refused and changes nothing.
     */
    @POST
    @Path("{id}/dossier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") Long id, @BeanParam ApplicationForm form, @RestForm Action action,
            @RestForm Integer removeDegree, @RestForm Integer removeExperience) {
        Application app = service.owned(id, user.subject());
        if (removeDegree != null && !form.removeDegree(removeDegree)
                || removeExperience != null && !form.removeExperience(removeExperience)) {
            throw new BadRequestException();
        }
        String then = removeDegree != null ? "#diplomes" : removeExperience != null ? "#experiences"
                : action == null ? "" : action.then;
        Outcome outcome;
        try {
            if (action == Action.submit) {
                // nothing is submitted here: the answers are saved, and the candidate confirms on the summary
                outcome = service.saveForSubmission(id, actor(), form);
                if (outcome.ok()) {
                    return redirect("/candidatures/" + id + "/confirmation");
                }
            } else {
                outcome = service.saveDraft(id, actor(), form);
                if (outcome.ok()) {
                    return redirect("/candidatures/" + id + "/dossier?ok=" + CandidateFlash.saved + then);
                }
            }
        } catch (RuleViolation refused) {
            // closed, or no longer the candidate's to change: said on the form, with what they typed still in it
            FormErrors errors = new FormErrors().add(ApplicationField.deadline, refused.error);
            return Response.status(409).entity(editPage(app, form, errors, null)).build();
        } catch (OptimisticLockException | StaleObjectStateException changedElsewhere) {
            // another tab saved first: nothing is overwritten silently; the page keeps what was typed here and says so,
            // and the person chooses (save again to keep these answers, or reload to see the other tab's)
            FormErrors errors = new FormErrors().add(ApplicationField.version, ApplicationError.CHANGED_ELSEWHERE);
            return Response.status(409).entity(editPage(app, form.withVersion(app.version), errors, null)).build();
        }
        if (outcome.savedVersion() != null) {
            // nothing typed is lost: the answers are the draft now, and the page goes on from its new version
            // the page's own read of the dossier was before the save: read again, what depends on the answers (the
            // pieces asked for) follows the saved draft
            Application.getEntityManager().detach(app);
            Application saved = service.owned(id, user.subject());
            return Response.status(400).entity(editPage(saved, form.withVersion(outcome.savedVersion()), outcome.errors(),
                    CandidateFlash.keptNotSubmitted)).build();
        }
        return Response.status(400).entity(editPage(app, form, outcome.errors(), null)).build();
    }

    /** The buttons of the dossier form (name "action"), each with where the page goes after saving. */
    public enum Action {
        save(""), submit(""), addDegree("&ajout=diplome#diplomes"), addExperience("&ajout=experience#experiences");

        private final String then;

        Action(String then) {
            this.then = then;
        }
    }

    private TemplateInstance listPage(FormErrors errors, String trackId, String route, boolean vap, CandidateFlash flash) {
        List<Application> applications = Application.ofCandidate(user.subject());
        // each track with the routes that apply here now; those applying on the national platform are sent there
        List<ChannelService.TrackChannels> tracks = channels.of(campaigns.currentTracks());
        List<ChannelService.TrackChannels> open = tracks.stream().filter(ChannelService.TrackChannels::openHere).toList();
        // a track where the candidate already has a live application is not offered again
        List<ChannelService.TrackChannels> available = open.stream()
                .filter(t -> applications.stream().noneMatch(a -> t.track().id.equals(a.liveTrackId))).toList();
        List<EntryRoute> routes = java.util.Arrays.stream(EntryRoute.values())
                .filter(r -> available.stream().anyMatch(t -> t.routesHere().contains(r))).toList();
        List<ChannelService.TrackChannels> onPlatform = tracks.stream().filter(t -> !t.onPlatform().isEmpty()).toList();
        return Templates.list(applications, open, available, routes, onPlatform, platform.url(), errors, trackId, route,
                vap, flash);
    }

    private TemplateInstance editPage(Application app, ApplicationForm form, FormErrors errors, CandidateFlash flash) {
        // the documents feature counts the pieces and names the missing ones, each with a link to it
        SubmissionCheck.Pieces pieces = submissionChecks.stream().map(check -> check.pieces(app, ui.lang()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        // a draft follows the track's closing; a dossier sent back for completion has the secretariat's deadline
        Deadline deadline = app.status == ApplicationStatus.DRAFT ? draftDeadline(app) : null;
        return Templates.edit(app, form, errors, EntryRoute.values(), ResearchTheme.values(), EmployerStatus.values(),
                Funding.values(), ApplicationForm.DECLARATIONS, pieces, flash, deadline, deadline != null && deadline.closed());
    }

    /** A draft follows its route's window (a local recruitment's, for a platform route); none left: closed now. */
    private Deadline draftDeadline(Application app) {
        ChannelWindow window = ChannelWindow.of(app.track, app.entryRoute);
        return window == null ? Deadline.until(clock.now(), clock.now()) : window.deadline(clock.now());
    }

    private ActorRef actor() {
        return new ActorRef(user.subject(), user.displayName(), Actor.CANDIDATE);
    }

    private static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
