package fr.univlorraine.ieps.jobs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One item of a scheduled job that failed: which job, which item, what went wrong, when. */
@Entity
@Table(name = "job_failure")
public class JobFailure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String job;

    @Column(nullable = false, length = 200)
    public String item;

    @Column(nullable = false, length = 1000)
    public String error;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The job, for the pages. */
    public Job kind() {
        return Job.valueOf(job);
    }
}
