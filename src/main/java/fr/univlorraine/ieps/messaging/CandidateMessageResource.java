package fr.univlorraine.ieps.messaging;

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

/** The candidate reads the thread of their own dossier and writes in it; someone else's dossier is a 404. */
@Path("/candidatures/{id}/messages")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.TEXT_HTML)
public class CandidateMessageResource {

    @Inject
    MessagingService messaging;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thread(MessagingService.Thread thread, String body, FormErrors errors,
                MessagingFlash flash);
    }

    @GET
    public TemplateInstance thread(@PathParam("id") Long id, @QueryParam("ok") String ok) {
        return Templates.thread(messaging.candidateThread(id, user.subject()), "", new FormErrors(),
                Flashes.of(MessagingFlash.CANDIDATE, ok));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@PathParam("id") Long id, @BeanParam MessageForm form) {
        MessagingService.Outcome outcome = messaging.reply(id, user.as(Actor.CANDIDATE), form);
        if (!outcome.ok()) {
            return Response.status(400).entity(Templates.thread(messaging.candidateThreadAsIs(id, user.subject()),
                    form.body(), outcome.errors(), null)).build();
        }
        return Response.seeOther(URI.create("/candidatures/" + id + "/messages?ok=" + MessagingFlash.replied
                + "#message-" + outcome.sent().get(0).id)).build();
    }
}
