package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.kernel.SiteConfig;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The candidate's rights over their data, self-service: download all of it, correct their identity (in the form
 * before submission, through the secretariat after), delete their account and drafts. Always the signed-in
 * candidate's own data: no route names whose.
 */
@Path("/mes-donnees")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.TEXT_HTML)
public class MyDataResource {

    /** The value a ticked checkbox sends. */
    private static final String TICKED = "on";

    @Inject
    MyDataService service;

    @Inject
    MyDataArchive archive;

    @Inject
    AccountDeletion deletion;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @Inject
    SiteConfig site;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(MyDataService.Page page, String secretariatEmail, FormErrors errors);
    }

    @GET
    public TemplateInstance page() {
        return page(new FormErrors());
    }

    /** The ZIP of everything held about the candidate; the download is logged and confirmed by mail first. */
    @GET
    @Path("archive.zip")
    @Produces("application/zip")
    public Response archive() {
        String subject = user.subject();
        String email = user.email();
        String lang = ui.lang();
        service.downloaded(subject, email, lang);
        StreamingOutput body = out -> archive.write(subject, email, lang, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"mes-donnees-ieps.zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Deletes the account and its drafts once the candidate ticked that they understood; then signs them out. */
    @POST
    @Path("suppression")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestForm String confirm) {
        if (!TICKED.equals(confirm)) {
            return Response.status(400)
                    .entity(page(new FormErrors().add(RightsField.confirm, RightsError.NOT_CONFIRMED))).build();
        }
        AccountDeletion.Outcome outcome;
        try {
            outcome = deletion.delete(user.subject(), user.email(), ui.lang());
        } catch (RuleViolation refused) {
            return Response.status(409).entity(page(new FormErrors().add(RightsField.dossiers, refused.error))).build();
        }
        service.deleted(outcome);
        // the login server's logout ends the session here and there
        return Response.seeOther(URI.create("/deconnexion")).build();
    }

    private TemplateInstance page(FormErrors errors) {
        return Templates.page(service.page(user.subject()), site.secretariatEmail(), errors);
    }
}
