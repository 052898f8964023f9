package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.jobs.Job;
import fr.univlorraine.ieps.jobs.Jobs;
import fr.univlorraine.ieps.notification.StaffMails;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Once a day, each staff person who chose the daily digest gets their waiting items in one mail. Person by person,
 * each in its own transaction ({@link Jobs}); a person's day is claimed with their digest, so a second run the same day,
 * on this instance or another, writes nothing more.
 */
@ApplicationScoped
public class StaffDigestJob {

    @Inject
    Jobs jobs;

    @Inject
    StaffMails staff;

    @Scheduled(identity = "staff-digest", cron = "${ieps.staff-mail.digest-cron}", timeZone = "Europe/Paris",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        run();
    }

    /** One pass; tests call it directly. */
    public Jobs.Run run() {
        return jobs.run(Job.STAFF_DIGEST, staff::dueDigests, id -> "staff contact " + id, staff::digest, null);
    }
}
