package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.CampaignCreated;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/** The rubric of each campaign: seeded with the default criteria, read by reviewers and the public pages. */
@ApplicationScoped
public class RubricService {

    private static final Logger LOG = Logger.getLogger(RubricService.class);

    /** Campaigns created before the rubric existed get the default criteria at start-up. */
    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        List<Campaign> campaigns = Campaign.list("select c from Campaign c where not exists "
                + "(select 1 from Criterion k where k.campaign = c)");
        campaigns.forEach(this::seed);
    }

    void onCampaignCreated(@Observes CampaignCreated created) {
        seed(Campaign.findById(created.campaignId()));
    }

    public List<Criterion> criteria(Campaign campaign) {
        return Criterion.ofCampaign(campaign);
    }

    /** Weights and criteria are fixed once a review of the campaign is submitted: scores must stay comparable. */
    public boolean scoringStarted(Long campaignId) {
        return Counts.of("select count(r) from Review r where r.application.track.campaign.id = ?1 and r.status = ?2", campaignId,
                ReviewStatus.SUBMITTED) > 0;
    }

    private void seed(Campaign campaign) {
        int position = 1;
        for (DefaultRubric.Seed seed : DefaultRubric.CRITERIA) {
            var criterion = new Criterion();
            criterion.campaign = campaign;
            criterion.position = position++;
            criterion.weight = seed.weight();
            criterion.labelFr = seed.labelFr();
            criterion.labelEn = seed.labelEn();
            criterion.descriptionFr = seed.descriptionFr();
            criterion.descriptionEn = seed.descriptionEn();
            for (int level = 0; level <= Criterion.MAX_LEVEL; level++) {
                criterion.levels.put(level, new LevelDescriptor(seed.levelsFr().get(level), seed.levelsEn().get(level)));
            }
            criterion.persist();
        }
        LOG.infof("Campaign %s: default rubric of %d criteria", campaign.code, DefaultRubric.CRITERIA.size());
    }
}
