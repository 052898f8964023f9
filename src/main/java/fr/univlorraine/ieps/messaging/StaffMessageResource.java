package fr.univlorraine.ieps.messaging;

import fr.univlorraine.ieps.application.Application;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The staff's messages: the inbox of the threads (unread messages of candidates first), and one message to each
 * candidate of a selection: the search page posts the ticked dossiers ({@code ids}), this page lists them with the
 * message to write, and sending writes it in each thread.
 */
@Path("/messages")
@RolesAllowed({Roles.HEAD, Roles.SECRETARIAT, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class StaffMessageResource {

    @Inject
    MessagingService messaging;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(MessagingService.Inbox inbox, long unread, MessagingFlash flash);

        static native TemplateInstance compose(List<Application> recipients, String body, FormErrors errors);
    }

    @GET
    public TemplateInstance inbox(@QueryParam("ok") String ok) {
        return Templates.inbox(messaging.inbox(), messaging.staffUnread(), Flashes.of(MessagingFlash.STAFF, ok));
    }

    /** The message to a selection, before it is written (a link may name the dossiers: {@code ?ids=1&ids=2}). */
    @GET
    @Path("selection")
    public TemplateInstance compose(@QueryParam("ids") List<Long> ids) {
        return selectionPage(ids);
    }

    /** The search page's selection: shows the message to write to it; nothing is written yet. */
    @POST
    @Path("selection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance select(@RestForm List<Long> ids) {
        return selectionPage(ids);
    }

    @POST
    @Path("selection/envoi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@BeanParam SelectionForm form) {
        MessagingService.Outcome outcome = messaging.sendToSelection(form, user.as(Actor.SECRETARIAT));
        if (!outcome.ok()) {
            return Response.status(400).entity(composePage(form, outcome.errors())).build();
        }
        for (DossierMessage sent : outcome.sent()) {
            audit.record(AuditLog.MESSAGE_SENT, sent.application.id, null, "message " + sent.id + " (selection)");
        }
        return Response.seeOther(URI.create("/messages?ok=" + MessagingFlash.sentSelection)).build();
    }

    /** The first step: the dossiers selected and an empty message, or why they cannot be written to at once. */
    private TemplateInstance selectionPage(List<Long> ids) {
        var form = new SelectionForm(ids, "");
        var errors = new FormErrors();
        if (form.ids().size() > SelectionForm.MAX_RECIPIENTS) {
            errors.add(MessageField.ids, MessagingError.TOO_MANY_RECIPIENTS);
        }
        return composePage(form, errors);
    }

    private TemplateInstance composePage(SelectionForm form, FormErrors errors) {
        // too many to list: the error says so, and nobody is listed
        List<Application> recipients = form.ids().size() > SelectionForm.MAX_RECIPIENTS ? List.of()
                : messaging.recipients(form.ids());
        return Templates.compose(recipients, form.body(), errors);
    }
}
