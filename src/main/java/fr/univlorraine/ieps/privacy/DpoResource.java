package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The data protection officer's home: the audit trail, the retention's purge reports, the records of processing, one
 * sentence each. The admin reads it too. Nothing here names a candidate.
 */
@Path("/dpo")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class DpoResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hub();
    }

    @GET
    public TemplateInstance hub() {
        return Templates.hub();
    }
}
