package fr.univlorraine.ieps.jobs;

import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.Failures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs scheduled work item by item, each in its own transaction and its own try: an item that fails is logged with
 * what it was, counted and kept for the admin's page, and the other items (of this track and of the others) go on.
 * The run itself is recorded (start, end, items done and failed), so the admin sees that the clock's work happens.
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class);

    @Inject
    AppClock clock;

    /** What one run did. */
    public record Run(int done, int failed) {
    }

    /**
     * Runs {@code work} on each item the {@code items} query finds; {@code work} returns whether it did something
     * (an expired offer, a reminder). An item whose work throws is rolled back alone and recorded, with
     * {@code describe} naming it ("offer 42"), then {@code onFailure} runs (in its own transaction) if given.
     */
    public <T> Run run(Job job, Supplier<List<T>> items, Function<T, String> describe, Predicate<T> work,
            Failure<T> onFailure) {
        Instant started = clock.now();
        int done = 0;
        int failed = 0;
        List<T> found;
        try {
            found = QuarkusTransaction.requiringNew().call(items::get);
        } catch (RuntimeException e) {
            record(job, "(finding the items)", e);
            save(job, started, 0, 1);
            return new Run(0, 1);
        }
        for (T item : found) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> work.test(item))) {
                    done++;
                }
            } catch (RuntimeException e) {
                failed++;
                record(job, describe.apply(item), e);
                if (onFailure != null) {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> onFailure.failed(item, e));
                    } catch (RuntimeException again) {
                        LOG.errorf(again, "Job %s: handling the failure of %s failed too", job, describe.apply(item));
                    }
                }
            }
        }
        save(job, started, done, failed);
        return new Run(done, failed);
    }

    /** What to do after an item failed (for example, stop retrying after a few failures). */
    @FunctionalInterface
    public interface Failure<T> {
        void failed(T item, RuntimeException error);
    }

    private void record(Job job, String item, RuntimeException e) {
        LOG.errorf(e, "Job %s: %s failed; the other items go on", job, item);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                var failure = new JobFailure();
                failure.job = job.name();
                failure.item = Failures.cut(item, 200);
                failure.error = Failures.describe(e, 1000);
                failure.occurredAt = clock.now();
                failure.persist();
            });
        } catch (RuntimeException unrecorded) {
            LOG.errorf(unrecorded, "Job %s: the failure of %s could not be recorded", job, item);
        }
    }

    private void save(Job job, Instant started, int done, int failed) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                JobRun run = JobRun.findById(job.name());
                boolean first = run == null;
                if (first) {
                    run = new JobRun();
                    run.job = job.name();
                }
                run.lastStartedAt = started;
                run.lastFinishedAt = clock.now();
                run.lastDone = done;
                run.lastFailed = failed;
                run.totalFailed += failed;
                if (first) {
                    run.persist();
                }
            });
        } catch (RuntimeException e) {
            // two instances creating the first row at once: the other one's record stands
            LOG.warnf("Job %s: its run could not be recorded (%s)", job, e.getMessage());
        }
    }

    /** The last run of each job, in the order of {@link Job}; null for a job that never ran. */
    public java.util.Map<Job, JobRun> runs() {
        var runs = new java.util.EnumMap<Job, JobRun>(Job.class);
        QuarkusTransaction.requiringNew().run(() -> JobRun.<JobRun>listAll().forEach(r -> runs.put(r.kind(), r)));
        return runs;
    }

    /** The latest failures, newest first. */
    public List<JobFailure> failures(int max) {
        return QuarkusTransaction.requiringNew().call(() -> JobFailure.<JobFailure>findAll(
                io.quarkus.panache.common.Sort.descending("occurredAt", "id")).page(0, max).list());
    }
}
