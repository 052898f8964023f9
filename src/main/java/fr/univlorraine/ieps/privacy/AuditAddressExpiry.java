package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.audit.AuditAddresses;
import fr.univlorraine.ieps.jobs.Job;
import fr.univlorraine.ieps.jobs.Jobs;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once a day, the addresses (IP) of the audit trail older than {@code ieps.audit.ip-retention-days} are forgotten
 * (the CNIL's usual six months by default); the lines stay, their hash chain unchanged. By batches of lines, each in its
 * own transaction ({@link Jobs}); a second run, here or on another instance, finds nothing more to forget.
 */
@ApplicationScoped
public class AuditAddressExpiry {

    @Inject
    Jobs jobs;

    @Inject
    AuditAddresses addresses;

    @Inject
    AppClock clock;

    @ConfigProperty(name = "ieps.audit.ip-retention-days", defaultValue = "180")
    int retentionDays;

    @Scheduled(identity = "audit-ip-expiry", cron = "${ieps.audit.ip-expiry-cron}", timeZone = "Europe/Paris",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        run();
    }

    /** One pass; tests call it directly. */
    public Jobs.Run run() {
        Instant before = clock.now().minus(Duration.ofDays(retentionDays));
        return jobs.run(Job.AUDIT_IP_EXPIRY, () -> addresses.expired(before), AuditAddressExpiry::describe,
                ids -> addresses.forget(ids, before), null);
    }

    private static String describe(List<Long> ids) {
        return "audit addresses of lines " + ids.get(0) + " to " + ids.get(ids.size() - 1);
    }
}
