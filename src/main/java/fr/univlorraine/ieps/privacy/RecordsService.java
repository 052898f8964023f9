package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.application.CollectedData;
import fr.univlorraine.ieps.application.DataCategory;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Retention;
import fr.univlorraine.ieps.documents.DocumentType;
import fr.univlorraine.ieps.documents.PdfConfig;
import fr.univlorraine.ieps.enrolment.SheetData;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.PrivacyConfig;
import fr.univlorraine.ieps.kernel.SiteConfig;
import fr.univlorraine.ieps.security.SecurityConfig;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Draws the records of processing from what the app runs with: the categories from the form's and the sheet's field
 * mappings and the checklist's document types, the recipients from the realm's roles, the retention rules of each
 * campaign as stored, the security settings from the configuration. Nothing here is a copy of a setting.
 */
@ApplicationScoped
public class RecordsService {

    @Inject
    PrivacyConfig privacy;

    @Inject
    SiteConfig site;

    @Inject
    SecurityConfig security;

    @Inject
    PdfConfig pdf;

    @Inject
    AppClock clock;

    @ConfigProperty(name = "quarkus.datasource.db-kind", defaultValue = "h2")
    String databaseKind;

    /** The login server of the realm; absent when the development login stands in for it. */
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> loginServer;

    /** How long the IP address of an audit line is kept (the audit trail's setting; 180 days unless configured). */
    @ConfigProperty(name = "ieps.audit.ip-retention-days", defaultValue = "180")
    int ipRetentionDays;

    @Transactional
    public Records records(String lang) {
        List<String> documentTypes = DocumentType.ordered().stream().map(t -> t.label(lang)).toList();
        List<Records.Category> categories = Arrays.stream(DataCategory.values())
                .map(c -> new Records.Category(c, CollectedData.fields(c).stream().map(f -> f.text(lang)).toList(),
                        SheetData.fields(c).stream().map(f -> f.text(lang)).toList(),
                        c == DataCategory.DOCUMENTS ? documentTypes : List.of()))
                .toList();
        List<Records.CampaignRetention> retention = Campaign.<Campaign>list("order by startYear desc").stream()
                .map(c -> new Records.CampaignRetention(c.code, c.retention.draftDays, c.retention.notAdmittedMonths,
                        c.retention.withdrawnMonths, c.retention.enrolledDays, Retention.APPEAL_PERIOD_MONTHS))
                .toList();
        // the development login server stands in for the realm outside production
        String server = loginServer.orElse("");
        boolean realLogin = LaunchMode.current() == LaunchMode.NORMAL || server.contains("/realms/");
        var settings = new Records.Security(realLogin ? server : "", database(),
                security.secureCookies(), site.maxRequestSize().asLongValue() / (1024 * 1024), pdf.maxPages(),
                ipRetentionDays);
        return new Records(privacy.controller(), privacy.dpoContact(), site.secretariatEmail(), site.publicUrl(),
                categories, List.of(RecordsRole.values()), retention, settings, clock.now());
    }

    /** The database's product name as a reader knows it. */
    private String database() {
        return switch (databaseKind.toLowerCase(java.util.Locale.ROOT)) {
            case "postgresql", "pgsql", "postgres" -> "PostgreSQL";
            case "h2" -> "H2";
            default -> databaseKind;
        };
    }
}
