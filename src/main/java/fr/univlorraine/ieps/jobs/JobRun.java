package fr.univlorraine.ieps.jobs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last run of a scheduled job, and how many of its items have failed since the app's first season. */
@Entity
@Table(name = "job_run")
public class JobRun extends PanacheEntityBase {

    @Id
    @Column(length = 40)
    public String job;

    @Column(name = "last_started_at", nullable = false)
    public Instant lastStartedAt;

    @Column(name = "last_finished_at", nullable = false)
    public Instant lastFinishedAt;

    /** Items the last run did (a publication, an offer expired, a reminder written). */
    @Column(name = "last_done", nullable = false)
    public int lastDone;

    @Column(name = "last_failed", nullable = false)
    public int lastFailed;

    @Column(name = "total_failed", nullable = false)
    public long totalFailed;

    /** The job, for the pages. */
    public Job kind() {
        return Job.valueOf(job);
    }
}
