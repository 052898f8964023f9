package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.audit.Audited;
import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
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

/**
 * The heads' and the secretariat's queue of requests for detailed motives (the admin's too, as every
 * secretariat page): the unanswered ones by due date, late ones flagged, and the answer form of each.
 */
@Path("/motifs")
@RolesAllowed({Roles.HEAD, Roles.SECRETARIAT, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class MotiveQueueResource {

    @Inject
    MotiveRequestService requests;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(MotiveRequestService.Queue queue);

        static native TemplateInstance request(MotiveRequestService.Line line, String answer, FormErrors errors,
                boolean answeredNow, boolean alreadyAnswered);
    }

    @GET
    public TemplateInstance queue() {
        return Templates.queue(requests.queue());
    }

    @GET
    @Path("{requestId}")
    public TemplateInstance request(@PathParam("requestId") Long requestId, @QueryParam("ok") String ok) {
        MotiveRequestService.Line line = requests.line(requestId);
        audit.record(AuditLog.VIEW_DOSSIER, line.app().id, null, "motive request " + requestId);
        return Templates.request(line, "", new FormErrors(), ok != null && line.request().isAnswered(), false);
    }

    @Audited(value = AuditAction.MOTIVES_ANSWERED, what = "detailed motives")
    @POST
    @Path("{requestId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("requestId") Long requestId, @BeanParam AnswerForm form) {
        FormErrors errors;
        try {
            errors = requests.answer(requestId, form, user.displayName());
        } catch (MotiveRefused already) {
            return Response.status(409).entity(Templates.request(requests.line(requestId), "", new FormErrors(), false, true))
                    .build();
        }
        if (errors.any()) {
            return Response.status(400).entity(Templates.request(requests.line(requestId), form.answer(), errors, false, false))
                    .build();
        }
        return Response.seeOther(URI.create("/motifs/" + requestId + "?ok=1")).build();
    }
}
