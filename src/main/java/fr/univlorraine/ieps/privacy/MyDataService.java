package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.CandidateMails;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.kernel.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The candidate's rights page: what it shows of the candidate's dossiers and of the rules that keep them, and the
 * trace and confirmation of each download and deletion (the audit log, a mail through the outbox).
 */
@ApplicationScoped
public class MyDataService {

    @Inject
    CandidateMails mails;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    AccountDeletionConfig config;

    /** The OIDC realm (Keycloak's): its account console is where a login is deleted, when nothing else is set. */
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> loginServer;

    /**
     * One dossier of the candidate on the page: whether they correct their identity in its form (before submission,
     * or when the secretariat sent it back) or ask the secretariat; whether it forbids deleting the account.
     */
    public record Dossier(Application app, boolean editable, boolean inProgress) {
    }

    /** What the page shows: the dossiers, the rules of their campaigns, where the login is deleted (or null). */
    public record Page(List<Dossier> dossiers, List<Campaign> campaigns, long drafts, boolean blocked,
            String loginUrl, List<MyDataWithheld> withheld) {

        /** The appeal period after the decisions' publication, from which the rules count. */
        public int appealMonths() {
            return fr.univlorraine.ieps.campaign.Retention.APPEAL_PERIOD_MONTHS;
        }
    }

    @Transactional
    public Page page(String subject) {
        List<Dossier> dossiers = Application.ofCandidate(subject).stream()
                .map(a -> new Dossier(a, a.status.isEditableByCandidate(), AccountDeletion.inProgress(a))).toList();
        // the campaigns of the candidate's dossiers, newest first; the current one when there is none yet
        Map<Long, Campaign> campaigns = new LinkedHashMap<>();
        dossiers.forEach(d -> campaigns.putIfAbsent(d.app().track.campaign.id, d.app().track.campaign));
        if (campaigns.isEmpty()) {
            Campaign latest = Campaign.latest();
            if (latest != null) {
                campaigns.put(latest.id, latest);
            }
        }
        List<Campaign> sorted = new ArrayList<>(campaigns.values());
        sorted.sort((a, b) -> Integer.compare(b.startYear, a.startYear));
        long drafts = dossiers.stream().filter(d -> d.app().status == fr.univlorraine.ieps.application.ApplicationStatus.DRAFT)
                .count();
        return new Page(dossiers, sorted, drafts, dossiers.stream().anyMatch(Dossier::inProgress), loginUrl(),
                PersonalDataTables.withheld());
    }

    /** The login server's page where the person deletes their login, or null when none is known. */
    String loginUrl() {
        return config.deleteUrl().filter(url -> !url.isBlank())
                .or(() -> loginServer.filter(url -> url.startsWith("http")).map(url -> url.replaceAll("/+$", "") + "/account"))
                .orElse(null);
    }

    /**
     * The candidate downloads their archive: a line of the audit log (about no dossier) and a mail to the login's
     * address (else the latest dossier's), written before the archive is sent.
     */
    @Transactional
    public void downloaded(String subject, String email, String lang) {
        audit.record(AuditLog.DATA_DOWNLOAD, null, null, null);
        String to = addressOf(subject, email);
        mails.dataDownloaded(to, lang, clock.now());
    }

    /** The address to confirm to: the login's, else the one the candidate gave in their latest dossier. */
    static String addressOf(String subject, String email) {
        if (email != null && !email.isBlank()) {
            return email;
        }
        return Application.ofCandidate(subject).stream().map(a -> a.email).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** The deletion is done and committed: its line in the audit log, with counts only. */
    public void deleted(AccountDeletion.Outcome outcome) {
        audit.record(AuditLog.ACCOUNT_DELETED, null, null,
                "drafts deleted: " + outcome.draftsDeleted() + ", dossiers kept: " + outcome.dossiersKept());
    }
}
