package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The M1 student confirms, from the block of their status page, that they continue to M2. Another candidate's dossier
 * is not found, as on every candidate page; the block shows the state the confirmation left.
 */
@Path("/candidatures/{id}/reinscription")
@RolesAllowed(Roles.CANDIDATE)
public class ContinuationCandidateResource {

    @Inject
    ContinuationService continuations;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") Long id) {
        try {
            continuations.confirm(id, user.as(Actor.CANDIDATE));
        } catch (RuleViolation e) {
            // recorded as leaving by the secretariat: nothing changes, and the block says so and whom to write to
        }
        return Response.seeOther(URI.create("/candidatures/" + id + "#reinscription")).build();
    }
}
