package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.audit.AuditChain;
import fr.univlorraine.ieps.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The check of the audit trail's hash chain as a command (bearer token of the DPO or an admin). */
@Path("/api/dpo/audit")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data protection")
@SecurityRequirement(name = "SecurityScheme")
public class AuditApi {

    @Inject
    AuditChain chain;

    /**
     * The result: {@code intact}, the lines checked, the lines written before the chain began, and for a broken chain
     * the first break ({@code problem}: ALTERED, REMOVED, END_REMOVED or INSERTED), its place and the line's id.
     */
    @GET
    @Path("verification")
    @Operation(summary = "Check the audit trail", description = "Walks the hash chain of the audit trail from its first "
            + "line and reports the first line altered, removed or added outside the app; intact true when none is.")
    public AuditChain.Verification verification() {
        return chain.verify();
    }
}
