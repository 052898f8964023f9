package fr.univlorraine.ieps.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.TestIds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scheduled work item by item: a failing item is rolled back alone, recorded, and never stops the others. */
@QuarkusTest
class JobsTest {

    @Inject
    Jobs jobs;

    /** A change the work makes in the item's transaction: a row naming the item. */
    private static void mark(String marker) {
        var row = new JobFailure();
        row.job = Job.OFFER_REMINDER.name();
        row.item = marker;
        row.error = "marker";
        row.occurredAt = Instant.now();
        row.persist();
    }

    private static long marked(String marker) {
        return QuarkusTransaction.requiringNew().call(() -> JobFailure.count("item", marker));
    }

    private static long failures() {
        return QuarkusTransaction.requiringNew().call(() -> JobFailure.count("error <> 'marker'"));
    }

    @Test
    void aFailingItemIsRolledBackAloneRecordedAndTheOthersGoOn() {
        String prefix = TestIds.unique("item-");
        List<Integer> failedAfterwards = new ArrayList<>();
        long before = failures();

        Jobs.Run run = jobs.run(Job.OFFER_EXPIRY, () -> List.of(1, 2, 3), i -> prefix + i, i -> {
            mark(prefix + "-done-" + i);
            if (i == 2) {
                throw new IllegalStateException("deadlock detected");
            }
            return i != 3; // item 3 had nothing to do
        }, (i, e) -> failedAfterwards.add(i));

        assertEquals(new Jobs.Run(1, 1), run);
        assertEquals(1, marked(prefix + "-done-1"));
        assertEquals(0, marked(prefix + "-done-2"), "the failed item's changes are rolled back");
        assertEquals(1, marked(prefix + "-done-3"), "the item after the failure ran");
        assertEquals(List.of(2), failedAfterwards);
        assertEquals(before + 1, failures());
        JobFailure failure = QuarkusTransaction.requiringNew().call(() -> JobFailure.<JobFailure>find("item", prefix + 2)
                .singleResult());
        assertEquals(Job.OFFER_EXPIRY, failure.kind());
        assertTrue(failure.error.contains("IllegalStateException: deadlock detected"), failure.error);
        JobRun last = jobs.runs().get(Job.OFFER_EXPIRY);
        assertEquals(1, last.lastDone);
        assertEquals(1, last.lastFailed);
        assertTrue(last.totalFailed >= 1);
        assertTrue(jobs.failures(1000).stream().anyMatch(f -> f.id.equals(failure.id)));
    }

    @Test
    void aJobWhoseItemsCannotBeFoundIsRecordedAsAFailure() {
        Jobs.Run run = jobs.run(Job.PUBLICATION, () -> {
            throw new IllegalStateException("statement timeout");
        }, i -> "never", i -> true, null);

        assertEquals(new Jobs.Run(0, 1), run);
        assertEquals(1, jobs.runs().get(Job.PUBLICATION).lastFailed);
        assertTrue(jobs.failures(5).stream().anyMatch(f -> f.error.contains("statement timeout")));
    }
}
