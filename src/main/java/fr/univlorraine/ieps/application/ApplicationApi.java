package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API for the candidate's own applications (bearer token or browser session). */
@Path("/api/me/applications")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidate")
@SecurityRequirement(name = "SecurityScheme")
public class ApplicationApi {

    @Inject
    CurrentUser user;

    /** What the API says of an application; never the entity itself. */
    public record ApplicationSummary(Long id, String reference, String campaign, String level, String entryRoute,
            boolean vap, String status, Instant createdAt, Instant submittedAt, Instant closesAt) {

        static ApplicationSummary of(Application app) {
            return new ApplicationSummary(app.id, app.reference, app.track.campaign.code, app.track.level.name(),
                    app.entryRoute.name(), app.vap, app.status.name(), app.createdAt, app.submittedAt,
                    app.track.closesAt);
        }
    }

    @GET
    @Operation(summary = "My applications", description = "The signed-in candidate's applications, newest first.")
    public List<ApplicationSummary> mine() {
        return Application.ofCandidate(user.subject()).stream().map(ApplicationSummary::of).toList();
    }
}
