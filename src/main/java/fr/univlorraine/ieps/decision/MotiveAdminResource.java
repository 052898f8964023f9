package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.Audited;
import fr.univlorraine.ieps.web.Flashes;
import java.util.EnumSet;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.FormVersion;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The admin's page of the standard refusal motives: add, reword, order, retire or offer again, delete unused ones. */
@Audited(value = AuditAction.SETTINGS_CHANGED, what = "refusal motives")
@Path("/admin/motifs")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class MotiveAdminResource {

    static final Set<MotiveFlash> FLASHES = EnumSet.allOf(MotiveFlash.class);

    @Inject
    MotiveAdminService admin;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance motives(List<MotiveAdminService.Row> rows, MotiveFlash flash, MotiveRefused refusal);

        /** The add (row null) or edit page of one motive; refusal says why a save was refused. */
        static native TemplateInstance motive(MotiveAdminService.Row row, String action, MotiveForm form,
                FormErrors errors, MotiveRefused refusal);
    }

    @GET
    public TemplateInstance motives(@QueryParam("ok") String ok) {
        return Templates.motives(admin.rows(), Flashes.of(FLASHES, ok), null);
    }

    @GET
    @Path("nouveau")
    public TemplateInstance newMotive() {
        return Templates.motive(null, "/admin/motifs", MotiveForm.blank(), new FormErrors(), null);
    }

    @GET
    @Path("{id}")
    public Response motive(@PathParam("id") Long id) {
        try {
            MotiveAdminService.Row row = admin.row(id);
            return Response.ok(editPage(row, MotiveForm.of(row.motive()), new FormErrors(), null)).build();
        } catch (MotiveRefused unknown) {
            return refused(unknown);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam MotiveForm form) {
        FormErrors errors = admin.save(null, form);
        if (errors.any()) {
            return Response.status(400).entity(Templates.motive(null, "/admin/motifs", form, errors, null)).build();
        }
        return done(MotiveFlash.added, "");
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") Long id, @BeanParam MotiveForm form) {
        try {
            FormErrors errors = admin.save(id, form);
            if (errors.any()) {
                return Response.status(400).entity(editPage(admin.row(id), form, errors, null)).build();
            }
        } catch (MotiveRefused e) {
            if (e.reason == MotiveRefusal.UNKNOWN) {
                return refused(e);
            }
            // stale or frozen: the page shows the motive as it now stands, and why nothing was saved
            MotiveAdminService.Row row = admin.row(id);
            return Response.status(409).entity(editPage(row, MotiveForm.of(row.motive()), new FormErrors(), e)).build();
        }
        return done(MotiveFlash.saved, "#motif-" + id);
    }

    @POST
    @Path("{id}/monter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response up(@PathParam("id") Long id, @RestForm String version) {
        return act(() -> admin.move(id, versionOf(version), true), MotiveFlash.moved, id);
    }

    @POST
    @Path("{id}/descendre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response down(@PathParam("id") Long id, @RestForm String version) {
        return act(() -> admin.move(id, versionOf(version), false), MotiveFlash.moved, id);
    }

    @POST
    @Path("{id}/retirer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retire(@PathParam("id") Long id, @RestForm String version) {
        return act(() -> admin.setActive(id, versionOf(version), false), MotiveFlash.retired, id);
    }

    @POST
    @Path("{id}/proposer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reactivate(@PathParam("id") Long id, @RestForm String version) {
        return act(() -> admin.setActive(id, versionOf(version), true), MotiveFlash.reactivated, id);
    }

    @POST
    @Path("{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") Long id, @RestForm String version) {
        return act(() -> admin.delete(id, versionOf(version)), MotiveFlash.deleted, null);
    }

    private Response act(Runnable action, MotiveFlash flash, Long id) {
        try {
            action.run();
        } catch (MotiveRefused e) {
            return refused(e);
        }
        return done(flash, id == null ? "" : "#motif-" + id);
    }

    /** The list as it now stands, with the reason the action changed nothing. */
    private Response refused(MotiveRefused e) {
        int status = e.reason == MotiveRefusal.UNKNOWN ? 404 : 409;
        return Response.status(status).entity(Templates.motives(admin.rows(), null, e)).build();
    }

    private static TemplateInstance editPage(MotiveAdminService.Row row, MotiveForm form, FormErrors errors,
            MotiveRefused refusal) {
        return Templates.motive(row, "/admin/motifs/" + row.motive().id, form, errors, refusal);
    }

    private static Response done(MotiveFlash flash, String anchor) {
        return Response.seeOther(URI.create("/admin/motifs?ok=" + flash + anchor)).build();
    }

    /** A missing or forged version can match no row: the action is then refused as a concurrent change. */
    private static long versionOf(String version) {
        return FormVersion.parse(version, -1);
    }
}
