package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.application.ApplicationService.Outcome;
import fr.univlorraine.ieps.campaign.Deadline;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.FormVersion;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The last step of a submission and what follows it: the summary of the saved dossier (every answer, every piece) with
 * the button that submits it for good, and the submitted dossier read back. The dossier form's submit button saves
 * the draft and leads here ({@link CandidateResource#save}); only the summary's button submits.
 */
@Path("/candidatures/{id}")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.TEXT_HTML)
public class SubmissionResource {

    @Inject
    ApplicationService service;

    @Inject
    DossierPieces pieces;

    @Inject
    Instance<SubmissionCheck> submissionChecks;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @Inject
    AppClock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirmation(Application app, List<DossierPieces.Piece> pieces,
                String piecesFingerprint, Deadline deadline, boolean editable, boolean submittable, Localizable problem,
                FormErrors errors, List<String> missingDocuments);

        static native TemplateInstance submitted(Application app, List<DossierPieces.Piece> pieces);
    }

    /** The summary to check before submitting; a dossier that is not the candidate's to submit goes to its status. */
    @GET
    @Path("confirmation")
    public Response confirmation(@PathParam("id") Long id) {
        Application app = service.owned(id, user.subject());
        if (!app.status.isEditableByCandidate()) {
            return redirect("/candidatures/" + id);
        }
        FormErrors errors = service.submissionErrors(app);
        return Response.ok(page(app, errors.any() ? SubmissionProblem.UNFINISHED : null, errors)).build();
    }

    /**
     * Submits the dossier as the summary showed it ({@code version}, and the fingerprint of its {@code pieces}).
     * Refused, on the summary page and with nothing changed: after the closing, when the dossier is no longer a draft,
     * when it or one of its pieces changed since the page was drawn, or when something it needs went missing meanwhile.
     */
    @POST
    @Path("confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") Long id, @RestForm String version, @RestForm String pieces) {
        Outcome outcome;
        try {
            outcome = service.submit(id, user.as(Actor.CANDIDATE), FormVersion.parse(version, -1),
                    pieces == null ? null : pieces.strip(), ui.lang());
        } catch (RuleViolation refused) {
            return refused(id, refused.error, new FormErrors());
        } catch (OptimisticLockException | StaleObjectStateException changed) {
            return refused(id, SubmissionProblem.CHANGED, new FormErrors());
        }
        if (!outcome.ok()) {
            return refused(id, SubmissionProblem.UNFINISHED, outcome.errors());
        }
        return redirect("/candidatures/" + id + "?ok=" + CandidateFlash.submitted);
    }

    /** The dossier as submitted, read only; before any submission, the form where it is being written. */
    @GET
    @Path("dossier-depose")
    public Response submitted(@PathParam("id") Long id) {
        Application app = service.owned(id, user.subject());
        if (app.submittedAt == null) {
            return redirect("/candidatures/" + id + "/dossier");
        }
        loadAnswers(app);
        return Response.ok(Templates.submitted(app, pieces.of(app, ui.lang()))).build();
    }

    private Response refused(Long id, Localizable problem, FormErrors errors) {
        // read again: the page shows the dossier as it is now, with the version to confirm it from
        Application app = service.owned(id, user.subject());
        return Response.status(409).entity(page(app, problem, errors)).build();
    }

    private TemplateInstance page(Application app, Localizable problem, FormErrors errors) {
        loadAnswers(app);
        Deadline deadline = app.status == ApplicationStatus.DRAFT ? app.track.deadline(clock.now()) : null;
        ApplicationError closed = app.status.isEditableByCandidate() ? app.closedAt(clock.now()) : null;
        if (closed == ApplicationError.COMPLETION_CLOSED) {
            // a draft's closing has its banner; a dossier sent back and not completed in time is told here, and what
            // it lacks no longer matters
            problem = closed;
            errors = new FormErrors();
        }
        List<String> missingDocuments = new ArrayList<>();
        if (errors.has(ApplicationField.documents.name())) {
            submissionChecks.forEach(check -> missingDocuments.addAll(check.missing(app, ui.lang())));
        }
        boolean editable = app.status.isEditableByCandidate() && closed == null;
        List<DossierPieces.Piece> given = pieces.of(app, ui.lang());
        return Templates.confirmation(app, given, DossierPieces.fingerprint(given), deadline, editable,
                editable && errors.isEmpty(), problem, errors, missingDocuments);
    }

    /** The answers' lines are read here, while the request's session is open. */
    private static void loadAnswers(Application app) {
        app.degrees.size();
        app.experiences.size();
        app.themes.size();
    }

    private static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
