package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The hub of the national platform (MonMaster) for the heads and the secretariat (the admin may read it): each track
 * of the latest campaign with platform routes, where its imported dossiers stand, and the way to each step: import,
 * PDFs, ranking export, the platform's outcomes, local recruitment for the places left.
 */
@Path("/plateforme")
@RolesAllowed({Roles.HEAD, Roles.SECRETARIAT, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class PlatformResource {

    @Inject
    PlatformService platform;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hub(List<PlatformService.TrackLine> tracks);
    }

    @GET
    public TemplateInstance hub() {
        return Templates.hub(platform.hub());
    }
}
