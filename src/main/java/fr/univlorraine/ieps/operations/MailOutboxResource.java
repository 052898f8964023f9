package fr.univlorraine.ieps.operations;

import fr.univlorraine.ieps.notification.MailOutbox;
import fr.univlorraine.ieps.notification.OutboxMail;
import fr.univlorraine.ieps.notification.OutboxMail.State;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Flashes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Map;

/** The admin's view of the mail outbox: what failed and why (sent again on request), what waits, what left. */
@Path("/admin/courriels")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class MailOutboxResource {

    /** The sent mails the page lists, newest first. */
    static final int SENT_SHOWN = 50;

    /** Failed and pending mails the page lists at the most. */
    static final int LISTED = 500;

    @Inject
    MailOutbox outbox;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mails(Map<State, Long> counts, List<OutboxMail> problems,
                List<OutboxMail> pending, List<OutboxMail> sent, int sentShown, boolean interrupted, MailFlash flash);
    }

    @GET
    public TemplateInstance mails(@QueryParam("ok") String ok) {
        Map<State, Long> counts = outbox.counts();
        return Templates.mails(counts, outbox.list(List.of(State.FAILED, State.INTERRUPTED), LISTED),
                outbox.list(List.of(State.PENDING, State.SENDING), LISTED), outbox.list(List.of(State.SENT), SENT_SHOWN),
                SENT_SHOWN, counts.get(State.INTERRUPTED) > 0, Flashes.of(EnumSet.allOf(MailFlash.class), ok));
    }

    /** Puts a failed or interrupted mail back in the queue; anything else changes nothing. */
    @POST
    @Path("{id}/renvoyer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resend(@PathParam("id") Long id) {
        MailFlash flash = outbox.resend(id) ? MailFlash.resent : MailFlash.unchanged;
        return Response.seeOther(URI.create("/admin/courriels?ok=" + flash.name())).build();
    }
}
