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
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    @TestSecurity(user = "chain-admin", roles = "admin")
    @ActivateRequestContext
    void aNameThatIsNoAuditActionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> audit.record("SOMETHING_ELSE", null, null, null));
    }
}
