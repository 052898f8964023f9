package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.security.CurrentUser;
import io.quarkus.qute.Engine;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only pages: the {@code motives} tag as the candidate's status page will include it, inside the
 * layout, within a real request (its form needs the request's CSRF token); and a form for any signed-in user.
 */
@Path("/test-only")
public class MotivesTagProbe {

    @Inject
    Engine engine;

    @Inject
    ApplicationService applications;

    @Inject
    MotiveRequestService requests;

    @Inject
    CurrentUser user;

    @GET
    @Path("motives-tag/{id}")
    @RolesAllowed("candidate")
    @Produces(MediaType.TEXT_HTML)
    public String page(@PathParam("id") Long id) {
        Application app = applications.owned(id, user.subject());
        return engine.parse("{#include layout}{#title}{app.reference}{/title}<div class=\"wrap\">"
                + "{#motives app=app request=request /}</div>{/include}")
                .data("app", app).data("request", requests.of(id).orElse(null)).render();
    }

    /** A form and its CSRF token for any signed-in user, whatever pages their role opens. */
    @GET
    @Path("csrf")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public String csrf() {
        return engine.parse("{#form action=\"/\"}<button type=\"submit\">ok</button>{/form}").render();
    }
}
