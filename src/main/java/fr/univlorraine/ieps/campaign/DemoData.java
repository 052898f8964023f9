package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.jboss.logging.Logger;

/**
 * On an empty embedded database, creates the demo campaign 2027-2028 with M1 and M2 open now, so a
 * newcomer can apply at once. Never runs in production (ieps.demo.enabled=false there).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    DemoConfig demoConfig;

    @Inject
    AppClock clock;

    @Inject
    jakarta.enterprise.event.Event<CampaignCreated> created;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (demoConfig.enabled() && Campaign.count() == 0) {
            createDemoCampaign();
        }
    }

    @Transactional
    public Campaign createDemoCampaign() {
        var campaign = new Campaign();
        campaign.code = "2027-2028";
        campaign.startYear = 2027;
        campaign.createdAt = clock.now();
        campaign.persist();
        for (Level level : Level.values()) {
            newOpenTrack(campaign, level).persist();
        }
        created.fire(new CampaignCreated(campaign.id));
        LOG.infof("Demo campaign %s created with tracks M1 and M2 open now", campaign.code);
        return campaign;
    }

    private Track newOpenTrack(Campaign campaign, Level level) {
        ZonedDateTime today = clock.nowInParis();
        var track = new Track();
        track.campaign = campaign;
        track.level = level;
        track.capacity = 19;
        track.opensAt = today.toLocalDate().minusDays(14).atStartOfDay(AppClock.PARIS).toInstant();
        // open to the end of the 90th day: until 23:59 included
        track.closesAt = ZonedDateTime.of(today.toLocalDate().plusDays(91), LocalTime.MIDNIGHT, AppClock.PARIS).toInstant();
        track.reviewDeadline = endOfDay(today.toLocalDate().plusDays(120));
        track.decisionsPublishedAt = ZonedDateTime.of(today.toLocalDate().plusDays(130), LocalTime.of(10, 0), AppClock.PARIS).toInstant();
        track.offerResponseDays = 8;
        track.reminderDaysBefore = 2;
        return track;
    }

    private static java.time.Instant endOfDay(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(23, 59), AppClock.PARIS).plus(Duration.ofSeconds(59)).toInstant();
    }
}
