package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.PrivacyConfig;
import fr.univlorraine.ieps.kernel.SiteConfig;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Retention;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The public pages: programme, calendar, how to apply, contact, privacy notice. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicResource {

    @Inject
    CampaignService campaigns;

    @Inject
    TeamDirectory team;

    @Inject
    PiecesGuide guide;

    @Inject
    Ui ui;

    @Inject
    SiteConfig site;

    @Inject
    PrivacyConfig privacy;

    @Inject
    ChannelService channels;

    @Inject
    ChannelConfig platform;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Track> tracks, ChannelService.TrackChannels closing,
                List<ChannelService.TrackChannels> platformTracks, String platformUrl, ResearchTheme[] themes,
                List<TeamDirectory.PublicMember> team);

        static native TemplateInstance calendar(List<Track> tracks);

        static native TemplateInstance apply(List<Track> tracks, boolean open, List<PiecesGuide.LevelPieces> levels,
                String maxRequestMb);

        static native TemplateInstance contact(String secretariatEmail);

        static native TemplateInstance privacy(List<CollectedData.Line> categories, String campaign, Retention retention,
                int appealMonths, String controller, String dpoContact, String secretariatEmail);
    }

    @GET
    public TemplateInstance home() {
        List<Track> tracks = campaigns.currentTracks();
        // the closing announced is the first of the routes that apply here; the platform's routes are sent there
        List<ChannelService.TrackChannels> channeled = channels.of(tracks);
        return Templates.home(tracks, channels.nextClosing(channeled),
                channeled.stream().filter(t -> !t.onPlatform().isEmpty()).toList(), platform.url(),
                ResearchTheme.values(), team.publicTeam(ui.lang()));
    }

    @GET
    @Path("calendrier")
    public TemplateInstance calendar() {
        return Templates.calendar(campaigns.currentTracks());
    }

    @GET
    @Path("candidater")
    public TemplateInstance apply() {
        List<Track> tracks = campaigns.currentTracks();
        return Templates.apply(tracks, channels.of(tracks).stream().anyMatch(ChannelService.TrackChannels::openHere),
                guide.levels(ui.lang()),
                String.valueOf(site.maxRequestSize().asLongValue() / (1024 * 1024)));
    }

    @GET
    @Path("contact")
    public TemplateInstance contact() {
        return Templates.contact(site.secretariatEmail());
    }

    /**
     * The privacy notice: every category of data the form collects with its fields, the retention rules in force (the
     * latest campaign's; the defaults before any), the rights and where to use them, the controller and the DPO.
     */
    @GET
    @Path("confidentialite")
    public TemplateInstance privacy() {
        Campaign latest = Campaign.latest();
        return Templates.privacy(CollectedData.lines(ui.lang()), latest == null ? null : latest.code,
                latest == null ? new Retention() : latest.retention, Retention.APPEAL_PERIOD_MONTHS, privacy.controller(),
                privacy.dpoContact(), site.secretariatEmail());
    }
}
