package fr.univlorraine.ieps.messaging;

import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Flashes;
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
 * The thread of one dossier for the secretariat, the heads and the admin: reading it is a staff view of the dossier
 * (audited, and marks the candidate's messages read by the staff); writing adds a message and tells the candidate by
 * mail. The staff dossier view ({@code /dossiers/{id}}) may show the same thread with the tag {@code messageThread}.
 */
@Path("/dossiers/{id}/messages")
@RolesAllowed({Roles.HEAD, Roles.SECRETARIAT, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class DossierMessageResource {

    @Inject
    MessagingService messaging;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thread(MessagingService.Thread thread, String body, FormErrors errors,
                MessagingFlash flash);
    }

    @GET
    public TemplateInstance thread(@PathParam("id") Long id, @QueryParam("ok") String ok) {
        MessagingService.Thread thread = messaging.staffThread(id);
        audit.record(AuditLog.VIEW_DOSSIER, id, null, "messages");
        return Templates.thread(thread, "", new FormErrors(), Flashes.of(MessagingFlash.STAFF, ok));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@PathParam("id") Long id, @BeanParam MessageForm form) {
        MessagingService.Outcome outcome = messaging.sendToOne(id, form, user.as(Actor.SECRETARIAT));
        if (!outcome.ok()) {
            return Response.status(400).entity(Templates.thread(messaging.staffThreadAsIs(id), form.body(),
                    outcome.errors(), null)).build();
        }
        DossierMessage sent = outcome.sent().get(0);
        audit.record(AuditLog.MESSAGE_SENT, id, null, "message " + sent.id);
        return Response.seeOther(URI.create("/dossiers/" + id + "/messages?ok=" + MessagingFlash.sent
                + "#message-" + sent.id)).build();
    }
}
