package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** A refused candidate asks for the detailed motives of the refusal, from the status page of the dossier. */
@Path("/candidatures/{id}/motifs")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.TEXT_HTML)
public class MotiveRequestResource {

    @Inject
    MotiveRequestService requests;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        /** Why the request was refused; request is the earlier one when it was already made. */
        static native TemplateInstance refused(Long applicationId, MotiveRefusal reason, MotiveRequest request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@PathParam("id") Long id, MultivaluedMap<String, String> csrfOnly) {
        try {
            requests.request(id, user.subject());
        } catch (MotiveRefused e) {
            MotiveRequest earlier = e.reason == MotiveRefusal.REQUEST_ALREADY ? requests.of(id).orElse(null) : null;
            return Response.status(409).entity(Templates.refused(id, earlier == null ? MotiveRefusal.REQUEST_NOT_REJECTED : e.reason,
                    earlier)).build();
        }
        return Response.seeOther(URI.create("/candidatures/" + id + "?" + MotiveNotice.PARAM + "=demande#motifs")).build();
    }
}
