package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The invitation of a platform candidate: the head sends it from the staff page of the dossier; the candidate opens
 * its link, signs in, and takes the dossier up. A link that cannot be used gets a page saying why.
 */
@Path("/plateforme")
@Produces(MediaType.TEXT_HTML)
public class InvitationResource {

    @Inject
    InvitationService invitations;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offer(InvitationService.Offer offer, String token);

        static native TemplateInstance refused(InvitationError error, boolean candidate, Long applicationId);
    }

    /** The head invites the candidate of an imported dossier (the button of the staff page of the dossier). */
    @POST
    @Path("dossiers/{id}/invitation")
    @RolesAllowed(Roles.HEAD)
    public Response invite(@PathParam("id") Long id) {
        try {
            invitations.invite(id, user.as(Actor.HEAD));
        } catch (RuleViolation refused) {
            return Response.status(409).entity(Templates.refused(error(refused.error), false, id)).build();
        }
        return Response.seeOther(URI.create("/dossiers/" + id + "?ok=" + InvitationFlash.invited + "#invitation")).build();
    }

    /** The link of the mail: what it offers, once the candidate has signed in. */
    @GET
    @Path("invitation/{token}")
    @RolesAllowed(Roles.CANDIDATE)
    public Response offer(@PathParam("token") String token) {
        try {
            return Response.ok(Templates.offer(invitations.offer(token), token)).header("Referrer-Policy", "no-referrer")
                    .build();
        } catch (RuleViolation refused) {
            return refusedLink(error(refused.error));
        }
    }

    @POST
    @Path("invitation/{token}")
    @RolesAllowed(Roles.CANDIDATE)
    public Response take(@PathParam("token") String token) {
        Long id;
        try {
            id = invitations.take(token, user.subject());
        } catch (RuleViolation refused) {
            return refusedLink(error(refused.error));
        } catch (PersistenceException race) {
            // the database's one live dossier per candidate and track: another dossier became theirs meanwhile
            return refusedLink(InvitationError.ALREADY_APPLIED);
        }
        return Response.seeOther(URI.create("/candidatures/" + id)).build();
    }

    private Response refusedLink(InvitationError error) {
        int status = switch (error) {
            case UNKNOWN -> 404;
            case USED, EXPIRED -> 410;
            default -> 409;
        };
        return Response.status(status).entity(Templates.refused(error, true, null)).header("Referrer-Policy", "no-referrer")
                .build();
    }

    private static InvitationError error(Localizable error) {
        if (error instanceof InvitationError invitation) {
            return invitation;
        }
        throw new IllegalStateException("not an invitation's refusal: " + error);
    }
}
