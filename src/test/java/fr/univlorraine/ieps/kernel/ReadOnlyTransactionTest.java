package fr.univlorraine.ieps.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.decision.RefusalMotive;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** A page that only reads does it in a transaction whose session never writes what it loaded. */
@QuarkusTest
class ReadOnlyTransactionTest {

    @Inject
    ReadOnlyTransaction reading;

    @Inject
    Session session;

    @Test
    void whatIsChangedInAReadingIsNeitherFlushedBeforeAQueryNorWrittenAtItsEnd() {
        String label = "Motif de test " + UUID.randomUUID();
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            var motive = new RefusalMotive();
            motive.position = 999;
            motive.labelFr = label;
            motive.labelEn = label;
            motive.active = false;  // retired: offered nowhere while the test runs
            motive.persist();
            return motive.id;
        });
        try {
            long seenInside = reading.call(() -> {
                assertTrue(QuarkusTransaction.isActive(), "a transaction of its own");
                assertTrue(session.isDefaultReadOnly());
                assertEquals(FlushMode.MANUAL, session.getHibernateFlushMode());
                RefusalMotive motive = RefusalMotive.findById(id);
                motive.labelFr = "changé";
                return RefusalMotive.count("labelFr", "changé");
            });
            assertEquals(0, seenInside, "no flush before the query");
            String after = QuarkusTransaction.requiringNew().call(() -> RefusalMotive.<RefusalMotive>findById(id).labelFr);
            assertEquals(label, after, "nothing written at the end");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> RefusalMotive.deleteById(id));
        }
    }

    @Test
    void aTransactionThatWritesIsLeftAsItWas() {
        reading.call(() -> null);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(FlushMode.AUTO, session.getHibernateFlushMode());
            assertTrue(!session.isDefaultReadOnly());
        });
    }
}
