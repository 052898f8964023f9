package fr.univlorraine.ieps.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * The counted trace of one rule applied to one campaign by one run of the purge (migration V30): how many dossiers
 * and files, never whose. A run that found nothing due leaves one line without campaign nor rule.
 */
@Entity
@Table(name = "purge_report")
public class PurgeReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ran_at", nullable = false)
    public Instant ranAt;

    @Column(name = "campaign_id")
    public Long campaignId;

    @Column(name = "campaign_code", length = 9)
    public String campaignCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "retention_rule", length = 20)
    public RetentionRule rule;

    @Column(nullable = false)
    public int dossiers;

    @Column(nullable = false)
    public int files;

    /** Dossiers due whose purge failed this time (recorded on the jobs' page); the next run tries again. */
    @Column(nullable = false)
    public int failed;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "by_job", nullable = false)
    public boolean byJob;

    /** The admin who started the run; null for the daily job. */
    @Column(name = "by_name")
    public String byName;

    /** The latest lines, newest first. */
    public static List<PurgeReport> latest(int max) {
        return PurgeReport.<PurgeReport>findAll(Sort.descending("ranAt", "id")).page(0, max).list();
    }
}
