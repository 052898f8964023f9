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

/** The candidate downloads the acknowledgement of receipt of their submitted dossier (their own only). */
@Path("/candidatures/{id}/recepisse.pdf")
@RolesAllowed(Roles.CANDIDATE)
public class ReceiptResource {

    @Inject
    ReceiptService receipts;

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
    public Response receipt(@PathParam("id") Long id) {
        Application app = applications.owned(id, user.subject());
        return receipts.receipt(app, ui.lang())
                .map(pdf -> DocumentDownloads.pdf(pdf, "accuse-reception-" + app.reference + ".pdf"))
                .orElseGet(() -> Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .entity(Templates.notSubmitted(app)).build());
    }
}
