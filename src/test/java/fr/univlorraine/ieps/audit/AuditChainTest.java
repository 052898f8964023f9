package fr.univlorraine.ieps.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's hash chain: every line written at its end, one chain even when requests write at once, and the
 * check that finds a line altered, removed at the end or in the middle, or slipped in outside the app. Each test that
 * breaks the chain with SQL mends it before it ends, so the chain stays whole for the other tests.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditChain chain;

    @Inject
    AuditWriter writer;

    @Inject
    SessionFactory sessionFactory;

    @ActivateRequestContext
    Long write(String detail) {
        audit.record(AuditLog.VIEW_DOSSIER, null, null, detail);
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find("detail", detail).singleResult().id);
    }

    private static void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = AuditEvent.getEntityManager().createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            query.executeUpdate();
        });
    }

    @Test
    @TestSecurity(user = "chain-secretariat", roles = "secretariat")
    void eachLineHoldsTheHashOfTheLineBeforeItAndTheIntactChainChecksOut() {
        Long first = write("chain-intact-1");
        Long second = write("chain-intact-2");
        AuditEvent a = QuarkusTransaction.requiringNew().call(() -> AuditEvent.findById(first));
        AuditEvent b = QuarkusTransaction.requiringNew().call(() -> AuditEvent.findById(second));
        assertEquals(a.chainSeq + 1, b.chainSeq);
        assertEquals(a.lineHash, b.prevHash);
        assertEquals(AuditHash.of(b, b.prevHash), b.lineHash);
        assertEquals("secretariat", b.actorRoles);
        var result = chain.verify();
        assertTrue(result.intact(), result.toString());
        assertTrue(result.checked() >= 2);
    }

    @Test
    @TestSecurity(user = "chain-admin", roles = "admin")
    void aLineAlteredWithSqlBreaksTheChainAtThatLine() {
        write("chain-alter-1");
        Long altered = write("chain-alter-2");
        write("chain-alter-3");
        sql("update audit_event set detail = 'nothing to see' where id = ?1", altered);
        try {
            var result = chain.verify();
            assertFalse(result.intact());
            assertEquals(AuditChain.Break.ALTERED, result.problem());
            assertEquals(altered, result.eventId());
        } finally {
            sql("update audit_event set detail = 'chain-alter-2' where id = ?1", altered);
        }
        assertTrue(chain.verify().intact());
    }

    @Test
    @TestSecurity(user = "chain-admin", roles = "admin")
    void aLineWhoseHashWasRewrittenToMatchIsFoundByTheNextLinesLink() {
        Long altered = write("chain-rehash-1");
        Long next = write("chain-rehash-2");
        AuditEvent line = QuarkusTransaction.requiringNew().call(() -> AuditEvent.findById(altered));
        String original = line.lineHash;
        line.actorName = "Quelqu'un d'autre";
        sql("update audit_event set actor_name = ?1, line_hash = ?2 where id = ?3", line.actorName,
                AuditHash.of(line, line.prevHash), altered);
        try {
            var result = chain.verify();
            assertFalse(result.intact());
            assertEquals(AuditChain.Break.ALTERED, result.problem());
            assertEquals(next, result.eventId(), "the next line no longer links to it");
        } finally {
            sql("update audit_event set actor_name = 'chain-admin', line_hash = ?1 where id = ?2", original, altered);
        }
        assertTrue(chain.verify().intact());
    }

    @Test
    @TestSecurity(user = "chain-admin", roles = "admin")
    void aLineRemovedInTheMiddleOrAtTheEndIsFound() {
        write("chain-remove-1");
        Long removed = write("chain-remove-2");
        Long after = write("chain-remove-3");
        long seq = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>findById(removed).chainSeq);
        sql("create table audit_kept as select * from audit_event where id in (?1, ?2)", removed, after);
        try {
            sql("delete from audit_event where id = ?1", removed);
            var result = chain.verify();
            assertFalse(result.intact());
            assertEquals(AuditChain.Break.REMOVED, result.problem());
            assertEquals(seq, result.seq());
            assertEquals(after, result.eventId());

            sql("delete from audit_event where id = ?1", after);
            sql("insert into audit_event select * from audit_kept where id = ?1", removed);
            var end = chain.verify();
            assertFalse(end.intact());
            assertEquals(AuditChain.Break.END_REMOVED, end.problem());
            assertEquals(seq + 1, end.seq());
            assertNull(end.eventId());
        } finally {
            sql("delete from audit_event where id in (?1, ?2)", removed, after);
            sql("insert into audit_event select * from audit_kept");
            sql("drop table audit_kept");
        }
        assertTrue(chain.verify().intact());
    }

    @Test
    @TestSecurity(user = "chain-admin", roles = "admin")
    void aLineAddedOutsideTheAppIsFound() {
        sql("insert into audit_event (occurred_at, actor_subject, actor_roles, action, detail) "
                + "values (current_timestamp, 'intruder', 'admin', 'VIEW_DOSSIER', 'chain-slipped-in')");
        Long slipped = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find("detail", "chain-slipped-in")
                .singleResult().id);
        try {
            var result = chain.verify();
            assertFalse(result.intact());
            assertEquals(AuditChain.Break.INSERTED, result.problem());
            assertEquals(slipped, result.eventId());
        } finally {
            sql("delete from audit_event where id = ?1", slipped);
        }
        assertTrue(chain.verify().intact());
    }

    @Test
    @TestSecurity(user = "chain-reviewer", roles = "reviewer")
    void linesWrittenAtOnceByManyRequestsFormOneChain() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> written = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String detail = "chain-concurrent-" + i;
                Callable<Long> task = () -> write(detail);
                written.add(pool.submit(task));
            }
            for (Future<Long> f : written) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        var result = chain.verify();
        assertTrue(result.intact(), result.toString());
    }

    /**
     * While a first line waits for the lock of the chain's head (held here by another transaction, as a slow commit
     * would), the lines of five more requests pile up; once the lock is free they are committed together, in one
     * transaction, and each request returns only once its line is saved. Written one transaction each, as before,
     * the six lines took six transactions (seven with the lock's).
     */
    @Test
    @TestSecurity(user = "chain-secretariat", roles = "secretariat")
    void linesOfRequestsAtTheSameMomentAreCommittedTogether() throws Exception {
        List<Runnable> behind = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String detail = "chain-together-" + i;
            behind.add(() -> record(detail));
        }
        Piled piled = pileUp("chain-together-0", behind);
        for (Future<?> line : piled.lines()) {
            line.get(20, TimeUnit.SECONDS);
        }
        // the lock's holder, the first line's transaction, then one for the five others
        assertEquals(3, piled.transactions(), "transactions for six lines");
        assertEquals(6, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("detail like ?1",
                "chain-together-%")));
        var result = chain.verify();
        assertTrue(result.intact(), result.toString());
    }

    /** A line that cannot be written fails its own request only: the others of its batch are saved, one by one. */
    @Test
    @TestSecurity(user = "chain-secretariat", roles = "secretariat")
    void aLineThatCannotBeWrittenFailsItsRequestOnly() throws Exception {
        List<Runnable> behind = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String detail = "chain-apart-" + i;
            behind.add(i == 2 ? () -> writer.write(() -> {
                throw new IllegalStateException("this line cannot be written");
            }, null) : () -> record(detail));
        }
        Piled piled = pileUp("chain-apart-0", behind);
        for (int i = 0; i < piled.lines().size(); i++) {
            Future<?> line = piled.lines().get(i);
            if (i == 2) {
                var failure = assertThrows(ExecutionException.class, () -> line.get(20, TimeUnit.SECONDS));
                assertEquals("this line cannot be written", failure.getCause().getMessage());
            } else {
                line.get(20, TimeUnit.SECONDS);
            }
        }
        assertEquals(4, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("detail like ?1",
                "chain-apart-%")));
        var result = chain.verify();
        assertTrue(result.intact(), result.toString());
    }

    /** What {@link #pileUp} did: each line's request (the first one first), and the transactions they took. */
    private record Piled(List<Future<?>> lines, long transactions) {
    }

    /**
     * Holds the lock of the chain's head while a first line is taken by its writer and the others queue behind it,
     * then lets them all go; returns once every line's request has ended.
     */
    private Piled pileUp(String first, List<Runnable> behind) throws Exception {
        Statistics statistics = sessionFactory.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "%test.quarkus.hibernate-orm.statistics=true is missing");
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(behind.size() + 2);
        try {
            Future<?> holder = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                AuditEvent.getEntityManager().createNativeQuery("select last_seq from audit_chain_head where id = 1 "
                        + "for update").getResultList();
                locked.countDown();
                await(release);
            }));
            assertTrue(locked.await(10, TimeUnit.SECONDS), "the chain's head was not locked");
            long transactions = statistics.getTransactionCount();
            List<Future<?>> lines = new ArrayList<>();
            lines.add(pool.submit(() -> record(first)));
            waitUntil(() -> writer.writing() && writer.queued() == 0, "the first line taken by its writer");
            for (Runnable line : behind) {
                lines.add(pool.submit(line));
            }
            waitUntil(() -> writer.queued() == behind.size(), behind.size() + " lines queued behind the first");
            assertTrue(lines.stream().noneMatch(Future::isDone), "a line returned before it was committed");
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            for (Future<?> line : lines) {
                try {
                    line.get(20, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // the caller reads each line's outcome
                }
            }
            return new Piled(lines, statistics.getTransactionCount() - transactions);
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }

    @ActivateRequestContext
    void record(String detail) {
        audit.record(AuditLog.VIEW_DOSSIER, null, null, detail);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), "not reached: " + what);
    }

    @Test
    @TestSecurity(user = "chain-admin", roles = "admin")
    @ActivateRequestContext
    void aNameThatIsNoAuditActionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> audit.record("SOMETHING_ELSE", null, null, null));
    }
}
