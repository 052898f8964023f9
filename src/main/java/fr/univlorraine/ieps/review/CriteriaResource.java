package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The public examination criteria: the latest campaign's rubric itself, so that candidates read exactly
 * what the teaching team scores, with each criterion's share of the score and what each level means.
 */
@Path("/criteres")
@Produces(MediaType.TEXT_HTML)
public class CriteriaResource {

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance criteria(Campaign campaign, List<CriterionShare> criteria, String lang,
                List<Integer> levels);
    }

    @GET
    public TemplateInstance criteria() {
        Campaign campaign = Campaign.latest();
        List<Criterion> criteria = campaign == null ? List.of() : Criterion.ofCampaign(campaign);
        return Templates.criteria(campaign, CriterionShare.of(criteria), ui.lang(), CriterionForm.LEVELS);
    }
}
