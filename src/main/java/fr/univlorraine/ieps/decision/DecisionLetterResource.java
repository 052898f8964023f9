package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.documents.DocumentDownloads;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The candidate downloads the letter of their published decision (attestation of admission, or notice of refusal). */
@Path("/candidatures/{id}/attestation.pdf")
@RolesAllowed(Roles.CANDIDATE)
public class DecisionLetterResource {

    @Inject
    DecisionLetterService letters;

    @Inject
    ApplicationService applications;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unavailable(Application app, MotiveRefusal reason);
    }

    @GET
    public Response letter(@PathParam("id") Long id) {
        Application app = applications.owned(id, user.subject());
        try {
            return DocumentDownloads.pdf(letters.letter(app, ui.lang()), "attestation-" + app.reference + ".pdf");
        } catch (MotiveRefused e) {
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.unavailable(app, e.reason)).build();
        }
    }
}
