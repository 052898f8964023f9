package fr.univlorraine.ieps.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Saves the lines of the audit trail, those of concurrent requests together (a group commit). Each caller queues its
 * line, then waits for its turn to write; whoever gets the turn writes every line queued so far, in one transaction of
 * its own: one lock of the chain's head, one commit, one wait for the disk for all of them. A caller returns only once
 * its own line is committed, and throws if it could not be: what it traces still comes after the trace. Lines that
 * once waited on the lock of the chain's head one after another (the staff opening dossiers at the same moment) now
 * share it.
 *
 * <p>A batch that fails is written again line by line, so that one line's fault is not the others'. Several instances
 * of the app still form one chain: each batch locks the head row in the database.
 */
@ApplicationScoped
class AuditWriter {

    /** One line waiting to be written, and what became of it. */
    private static final class Pending {
        final Supplier<AuditEvent> line;
        final String address;
        volatile boolean settled;
        volatile RuntimeException failure;

        Pending(Supplier<AuditEvent> line, String address) {
            this.line = line;
            this.address = address;
        }
    }

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();

    private final ReentrantLock turn = new ReentrantLock();

    @Inject
    AuditChain chain;

    /**
     * Saves the line (and where it came from, when known) at the end of the chain; returns once it is committed.
     * {@code line} makes the line anew at each attempt: a line whose batch was rolled back is written again.
     */
    void write(Supplier<AuditEvent> line, String address) {
        var mine = new Pending(line, address);
        queue.add(mine);
        turn.lock();
        try {
            // queued before the turn was asked for: either a writer before us took it, or we take it now
            if (!mine.settled) {
                List<Pending> batch = new ArrayList<>();
                for (Pending next = queue.poll(); next != null; next = queue.poll()) {
                    batch.add(next);
                }
                save(batch);
            }
        } finally {
            turn.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** How many lines wait for a writer (for the tests that watch lines pile up behind a slow one). */
    int queued() {
        return queue.size();
    }

    /** Whether a caller is writing a batch, or about to. */
    boolean writing() {
        return turn.isLocked();
    }

    private void save(List<Pending> batch) {
        try {
            QuarkusTransaction.requiringNew().run(() -> append(batch));
            for (Pending line : batch) {
                line.settled = true;
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).failure = e;
                batch.get(0).settled = true;
                return;
            }
            for (Pending line : batch) {
                save(List.of(line));
            }
        }
    }

    private void append(List<Pending> batch) {
        var em = AuditEvent.getEntityManager();
        for (Pending pending : batch) {
            AuditEvent event = pending.line.get();
            chain.append(em, event);
            if (pending.address != null) {
                var where = new AuditAddress();
                where.eventId = event.id;
                where.address = pending.address;
                where.occurredAt = event.occurredAt;
                where.persist();
            }
        }
    }
}
