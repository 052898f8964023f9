package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.ranking.DashboardCharts.Panel;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Ui;
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
 * The programme heads' dashboard: per track of the current campaign, the funnel of dossiers, places left,
 * the spread of mean scores and the reviewers' progress, as pictures with their numbers in tables.
 * Aggregates only: no candidate is named here.
 */
@Path("/responsable")
@RolesAllowed(Roles.HEAD)
@Produces(MediaType.TEXT_HTML)
public class HeadDashboardResource {

    @Inject
    CampaignService campaigns;

    @Inject
    DashboardFigures figures;

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<Panel> panels);
    }

    @GET
    public TemplateInstance dashboard() {
        DashboardCharts charts = new DashboardCharts(ui.lang());
        return Templates.dashboard(figures.of(campaigns.currentTracks()).stream().map(charts::panel).toList());
    }
}
