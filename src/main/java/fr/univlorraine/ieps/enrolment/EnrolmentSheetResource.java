package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
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
import java.util.EnumSet;
import java.util.Set;

/**
 * The enrolment sheet of a dossier whose place the candidate accepted: the form while ACCEPTED, what was sent once
 * enrolled, a message before. Another candidate's dossier is not found, as on every candidate page.
 */
@Path("/candidatures/{id}/inscription")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.TEXT_HTML)
public class EnrolmentSheetResource {

    private static final Set<SheetFlash> FLASHES = EnumSet.allOf(SheetFlash.class);

    @Inject
    ApplicationService applications;

    @Inject
    EnrolmentSheetService sheets;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        /** open: the form can be sent (ACCEPTED); sheet: the one saved, if any. */
        static native TemplateInstance sheet(Application app, boolean open, SheetForm form, EnrolmentSheet sheet,
                FormErrors errors, SheetFlash flash);
    }

    @GET
    public TemplateInstance sheet(@PathParam("id") Long id, @QueryParam("ok") String ok) {
        Application app = applications.owned(id, user.subject());
        return page(app, sheets.form(app), new FormErrors(), Flashes.of(FLASHES, ok));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") Long id, @BeanParam SheetForm form) {
        FormErrors errors;
        try {
            errors = sheets.save(id, user.subject(), form);
        } catch (OptimisticLockException e) {
            errors = new FormErrors().add(SheetField.version, SheetError.STALE);
        }
        if (errors.contains(SheetError.STALE)) {
            // the typed answers stay; sending them again replaces the sheet saved meanwhile, knowingly
            EnrolmentSheet saved = sheets.sheet(id);
            form = form.withVersion(saved == null ? null : saved.version);
        }
        if (errors.any()) {
            Application app = applications.owned(id, user.subject());
            int status = errors.has(SheetField.version.name()) ? 409 : 400;
            return Response.status(status).entity(page(app, form, errors, null)).build();
        }
        return Response.seeOther(URI.create("/candidatures/" + id + "/inscription?ok=" + SheetFlash.sheet_saved)).build();
    }

    private TemplateInstance page(Application app, SheetForm form, FormErrors errors, SheetFlash flash) {
        boolean open = app.status == ApplicationStatus.ACCEPTED;
        return Templates.sheet(app, open, form, sheets.sheet(app.id), errors, flash);
    }
}
