package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Retention;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The campaigns' retention rules: read by the pages, changed by the admin, all four at once or none. */
@ApplicationScoped
public class RetentionService {


    @Inject
    FormCheck check;

    @Inject
    AuditLog audit;

    /** Every campaign, the latest first. */
    public List<Campaign> campaigns() {
        return QuarkusTransaction.joiningExisting().call(() -> Campaign.<Campaign>listAll(Sort.descending("startYear")));
    }

    /** The campaign, or null. */
    public Campaign campaign(Long id) {
        return QuarkusTransaction.joiningExisting().call(() -> Campaign.<Campaign>findById(id));
    }

    /**
     * Saves the four rules of the campaign if every one is within its bounds, then writes the change (old and new
     * values, no one's data) in the audit trail. Returns the errors; with any, nothing changed.
     */
    public FormErrors save(Long campaignId, RetentionForm form) {
        FormErrors errors = check.check(form);
        if (errors.any()) {
            return errors;
        }
        Retention rules = form.rules();
        String change = QuarkusTransaction.requiringNew().call(() -> {
            Campaign campaign = Campaign.findById(campaignId);
            String before = describe(campaign.retention);
            campaign.retention.draftDays = rules.draftDays;
            campaign.retention.notAdmittedMonths = rules.notAdmittedMonths;
            campaign.retention.withdrawnMonths = rules.withdrawnMonths;
            campaign.retention.enrolledDays = rules.enrolledDays;
            return "retention " + campaign.code + ": " + before + " -> " + describe(campaign.retention);
        });
        audit.record(AuditLog.SETTINGS_CHANGED, null, null, change);
        return errors;
    }

    private static String describe(Retention r) {
        return "draftDays=%d notAdmittedMonths=%d withdrawnMonths=%d enrolledDays=%d".formatted(r.draftDays,
                r.notAdmittedMonths, r.withdrawnMonths, r.enrolledDays);
    }
}
