package fr.univlorraine.ieps.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Once a day, at night, the retention rules are applied to every campaign ({@link PurgeService}): dossier by dossier,
 * each in its own transaction. In the configuration's dry-run mode it only counts what it would delete.
 */
@ApplicationScoped
public class PurgeJob {

    @Inject
    PurgeService purges;

    @Scheduled(identity = "purge", cron = "${ieps.purge.cron}", timeZone = "Europe/Paris",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        purges.run(null, purges.dryRunOnly(), null);
    }
}
