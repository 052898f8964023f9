package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The purges: the rules in force, the dry run (what would go today, worked out by the GET, which changes nothing) and
 * the reports. The DPO reads it; only the admin may start a purge of a campaign's dossiers due, ticking a box that
 * confirms it.
 */
@Path("/dpo/purges")
@Produces(MediaType.TEXT_HTML)
public class PurgeResource {

    /** Reports the page lists, newest first. */
    static final int REPORTS_SHOWN = 200;
    private static final Set<RetentionFlash> FLASHES = EnumSet.of(RetentionFlash.purge_done);

    @Inject
    PurgeService purges;

    @Inject
    RetentionService retention;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance purges(List<InForce> campaigns, List<DueDossier> due,
                List<PurgeReport> reports, int shown, boolean dryRunOnly, boolean admin, FormErrors errors,
                RetentionFlash flash);
    }

    @GET
    @RolesAllowed({Roles.DPO, Roles.ADMIN})
    public TemplateInstance page(@QueryParam("ok") String ok) {
        return page(new FormErrors(), Flashes.of(FLASHES, ok));
    }

    @POST
    @Path("{campaignId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response purge(@PathParam("campaignId") Long campaignId, @RestForm String confirm) {
        Campaign campaign = retention.campaign(campaignId);
        if (campaign == null) {
            throw new NotFoundException();
        }
        if (confirm == null) {
            FormErrors errors = new FormErrors().add(confirmId(campaignId), PurgeField.confirm, RetentionError.NOT_CONFIRMED);
            return Response.status(400).entity(page(errors, null)).build();
        }
        purges.run(campaignId, false, user.displayName());
        return Response.seeOther(URI.create("/dpo/purges?ok=" + RetentionFlash.purge_done + "#rapports")).build();
    }

    /** A campaign's rules and how many of its dossiers are due today. */
    public record InForce(Campaign campaign, int due) {
    }

    /** The id of a campaign's confirmation box on the page. */
    static String confirmId(Long campaignId) {
        return "confirm-" + campaignId;
    }

    private TemplateInstance page(FormErrors errors, RetentionFlash flash) {
        List<DueDossier> due = purges.due(null);
        Map<Long, Long> counts = due.stream().collect(Collectors.groupingBy(DueDossier::campaignId, Collectors.counting()));
        List<InForce> campaigns = retention.campaigns().stream()
                .map(c -> new InForce(c, counts.getOrDefault(c.id, 0L).intValue())).toList();
        return Templates.purges(campaigns, due, PurgeReport.latest(REPORTS_SHOWN), REPORTS_SHOWN,
                purges.dryRunOnly(), user.has(Roles.ADMIN), errors, flash);
    }
}
