package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.security.CurrentUser;
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
 * The teaching team's and the secretariat's home: where the current campaign stands, track by track
 * (applications per status, places left). Aggregates only: no candidate is named here.
 */
@Path("/equipe")
@RolesAllowed({Roles.REVIEWER, Roles.HEAD, Roles.SECRETARIAT, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class TeamResource {

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<TrackFigures> tracks, List<String> roles);
    }

    @GET
    public TemplateInstance home() {
        List<String> roles = Roles.STAFF.stream().filter(user::has).toList();
        return Templates.home(TrackFigures.of(campaigns.currentTracks()), roles);
    }
}
