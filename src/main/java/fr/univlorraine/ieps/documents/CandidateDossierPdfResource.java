package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
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
import java.io.IOException;

/**
 * The candidate downloads their own dossier as one PDF (the answers, then every piece), the one the staff read, once
 * it is submitted; before, a page says when it becomes available. Another candidate's dossier is a 404.
 */
@Path("/candidatures/{id}/dossier.pdf")
@RolesAllowed(Roles.CANDIDATE)
public class CandidateDossierPdfResource {

    @Inject
    DossierPdfService pdf;

    @Inject
    ApplicationService applications;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notSubmitted(Application app);
    }

    @GET
    public Response dossier(@PathParam("id") Long id) throws IOException {
        Application app = applications.owned(id, user.subject());
        if (app.submittedAt == null || app.reference == null) {
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.notSubmitted(app)).build();
        }
        String subject = user.subject();
        var written = pdf.readThenWrite(() -> applications.owned(id, subject), ui.lang(), owned -> false);
        return DocumentDownloads.dossier(written.file(), written.app().reference);
    }
}
