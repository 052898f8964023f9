package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.campaign.Campaign;
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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The admin's page of the retention rules: the latest campaign's (or a chosen one's) in a form, every campaign's listed. */
@Path("/admin/conservation")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class RetentionResource {

    private static final Set<RetentionFlash> FLASHES = EnumSet.of(RetentionFlash.retention_saved);

    @Inject
    RetentionService retention;

    @CheckedTemplate
    static class Templates {
        /** campaign null: there is none yet. */
        static native TemplateInstance rules(Campaign campaign, RetentionForm form, FormErrors errors,
                List<Campaign> campaigns, RetentionFlash flash);
    }

    @GET
    public TemplateInstance latest(@QueryParam("ok") String ok) {
        return page(Campaign.latest(), Flashes.of(FLASHES, ok));
    }

    @GET
    @Path("{id}")
    public TemplateInstance campaign(@PathParam("id") Long id, @QueryParam("ok") String ok) {
        return page(found(id), Flashes.of(FLASHES, ok));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") Long id, @BeanParam RetentionForm form) {
        Campaign campaign = found(id);
        FormErrors errors = retention.save(campaign.id, form);
        if (errors.any()) {
            return Response.status(400).entity(Templates.rules(campaign, form, errors, retention.campaigns(), null)).build();
        }
        return Response.seeOther(URI.create("/admin/conservation/" + id + "?ok=" + RetentionFlash.retention_saved)).build();
    }

    private TemplateInstance page(Campaign campaign, RetentionFlash flash) {
        return Templates.rules(campaign, campaign == null ? null : RetentionForm.of(campaign.retention), new FormErrors(),
                retention.campaigns(), flash);
    }

    private Campaign found(Long id) {
        Campaign campaign = retention.campaign(id);
        if (campaign == null) {
            throw new NotFoundException();
        }
        return campaign;
    }
}
