package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** "Se connecter": sends the person through the login server, then to their own space (staff first: a head may also apply; the data protection officer to their hub). */
@Path("/connexion")
public class LoginResource {

    @Inject
    CurrentUser user;

    @GET
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create(user.isStaff() ? "/equipe" : user.isDpo() ? "/dpo" : user.isCandidate() ? "/candidatures" : "/")).build();
    }
}
