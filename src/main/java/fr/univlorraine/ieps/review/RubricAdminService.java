package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.FormVersion;
import fr.univlorraine.ieps.web.Whole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The admin's changes to a campaign's review settings and rubric. Once a review of the campaign is
 * submitted, weights and the set and order of criteria are frozen so that every score is computed on
 * the same rubric; the texts stay editable (fixing a typo changes no score). Every method writes
 * nothing when it returns errors.
 */
@ApplicationScoped
public class RubricAdminService {

    static final AdminError LOCKED = AdminError.RUBRIC_LOCKED;

    @Inject
    RubricService rubric;

    @Inject
    FormCheck check;

    public boolean locked(Campaign campaign) {
        return rubric.scoringStarted(campaign.id);
    }

    @Transactional
    public FormErrors saveSettings(Long campaignId, SettingsForm form) {
        FormErrors errors = check.check(form);
        if (errors.any()) {
            return errors;
        }
        Campaign campaign = Campaign.findById(campaignId);
        campaign.reviewersPerDossier = Whole.Check.number(form.reviewersPerDossier());
        campaign.blindReview = form.blindReview();
        campaign.disagreementThreshold = form.threshold();
        return errors;
    }

    /**
     * Adds a criterion at the end of the rubric (id null) or updates one of the campaign's. A form that sent a level
     * outside 0–4 is forged: refused as a whole.
     */
    @Transactional
    public FormErrors saveCriterion(Long campaignId, Long id, CriterionForm form, boolean forgedLevel) {
        Criterion criterion = null;
        if (id != null) {
            criterion = Criterion.findById(id);
            if (criterion == null || !criterion.campaign.id.equals(campaignId)) {
                return new FormErrors().add(AdminField.rubric, AdminError.CRITERION_UNKNOWN);
            }
        }
        boolean locked = rubric.scoringStarted(campaignId);
        if (locked && criterion == null) {
            return new FormErrors().add(AdminField.rubric, LOCKED);
        }
        // A locked rubric's page sends no weight: the criterion keeps its own.
        boolean keepWeight = locked && !form.weightGiven();
        var errors = new FormErrors();
        if (forgedLevel) {
            errors.add(AdminField.rubric, AdminError.LEVEL_UNKNOWN);
        }
        errors.addAll(check.check(form, keepWeight ? Default.class : CriterionForm.Weighted.class));
        if (errors.isEmpty() && locked && !keepWeight && form.weightValue() != criterion.weight) {
            errors.add(AdminField.weight, LOCKED);
        }
        if (errors.any()) {
            return errors;
        }
        if (criterion == null) {
            criterion = new Criterion();
            criterion.campaign = Campaign.findById(campaignId);
            criterion.position = Criterion.ofCampaign(campaignId).stream().mapToInt(c -> c.position).max().orElse(0) + 1;
        } else if (criterion.version != FormVersion.parse(form.version(), 0)) {
            throw new OptimisticLockException();
        }
        criterion.labelFr = form.labelFr();
        criterion.labelEn = form.labelEn();
        criterion.descriptionFr = form.descriptionFr();
        criterion.descriptionEn = form.descriptionEn();
        if (!keepWeight) {
            criterion.weight = form.weightValue();
        }
        for (Integer level : CriterionForm.LEVELS) {
            criterion.levels.put(level, new LevelDescriptor(form.levelFr(level), form.levelEn(level)));
        }
        criterion.persist();
        return errors;
    }

    /** Swaps a criterion with its neighbour; at either end there is nothing to do. */
    @Transactional
    public FormErrors move(Long campaignId, Long id, boolean up) {
        List<Criterion> criteria = new ArrayList<>(Criterion.ofCampaign(campaignId));
        int index = indexOf(criteria, id);
        FormErrors errors = refusal(campaignId, index);
        if (errors.any()) {
            return errors;
        }
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < criteria.size()) {
            criteria.add(other, criteria.remove(index));
            renumber(criteria);
        }
        return errors;
    }

    @Transactional
    public FormErrors remove(Long campaignId, Long id) {
        List<Criterion> criteria = new ArrayList<>(Criterion.ofCampaign(campaignId));
        int index = indexOf(criteria, id);
        FormErrors errors = refusal(campaignId, index);
        if (errors.isEmpty() && criteria.size() == 1) {
            errors.add(AdminField.rubric, AdminError.LAST_CRITERION);
        }
        if (errors.any()) {
            return errors;
        }
        Criterion criterion = criteria.remove(index);
        // Not locked, so no review is submitted; draft reviews lose the level they gave this criterion.
        Criterion.getEntityManager().createNativeQuery("delete from review_score where criterion_id = ?1")
                .setParameter(1, criterion.id).executeUpdate();
        criterion.delete();
        renumber(criteria);
        return errors;
    }

    private FormErrors refusal(Long campaignId, int index) {
        var errors = new FormErrors();
        if (index < 0) {
            errors.add(AdminField.rubric, AdminError.CRITERION_UNKNOWN);
        } else if (rubric.scoringStarted(campaignId)) {
            errors.add(AdminField.rubric, LOCKED);
        }
        return errors;
    }

    private static int indexOf(List<Criterion> criteria, Long id) {
        return IntStream.range(0, criteria.size()).filter(i -> criteria.get(i).id.equals(id)).findFirst().orElse(-1);
    }

    /** Positions 1 to n in list order, closing any gap a removal left. */
    private static void renumber(List<Criterion> criteria) {
        for (int i = 0; i < criteria.size(); i++) {
            criteria.get(i).position = i + 1;
        }
    }
}
