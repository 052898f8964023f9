package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.Audited;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Params;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The admin's page of the routes and time limits of appeal that every refusal states: both levels' texts, and the
 * edit page of one level in French and English.
 */
@Audited(value = AuditAction.SETTINGS_CHANGED, what = "appeal texts")
@Path("/admin/recours")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AppealAdminResource {

    private static final Set<AppealFlash> FLASHES = EnumSet.allOf(AppealFlash.class);

    @Inject
    AppealService appeals;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance appeals(List<AppealText> texts, AppealFlash flash);

        /** stale: someone saved this level meanwhile, the typed text is shown again with what is now saved. */
        static native TemplateInstance appeal(AppealText text, AppealForm form, FormErrors errors, boolean stale);
    }

    @GET
    public TemplateInstance appeals(@QueryParam("ok") String ok) {
        return Templates.appeals(appeals.all(), Flashes.of(FLASHES, ok));
    }

    @GET
    @Path("{level}")
    public TemplateInstance appeal(@PathParam("level") String level) {
        AppealText text = appeals.of(level(level));
        return Templates.appeal(text, AppealForm.of(text), new FormErrors(), false);
    }

    @POST
    @Path("{level}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("level") String level, @BeanParam AppealForm form) {
        Level chosen = level(level);
        try {
            FormErrors errors = appeals.save(chosen, form);
            if (errors.any()) {
                return Response.status(400).entity(Templates.appeal(appeals.of(chosen), form, errors, false)).build();
            }
        } catch (MotiveRefused stale) {
            AppealText now = appeals.of(chosen);
            // the typed text stays in the fields; the version is the one now saved, so a second save is deliberate
            return Response.status(409).entity(Templates.appeal(now,
                    new AppealForm(form.textFr(), form.textEn(), String.valueOf(now.version)), new FormErrors(), true)).build();
        }
        return Response.seeOther(URI.create("/admin/recours?ok=" + AppealFlash.appeal_saved + "#recours-" + chosen)).build();
    }

    private static Level level(String level) {
        Level found = Params.constant(Level.class, level);
        if (found == null) {
            throw new NotFoundException();
        }
        return found;
    }
}
