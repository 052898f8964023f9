package fr.univlorraine.ieps.kernel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * A transaction of its own for a page that only reads (the staff's dossier view, the search). Its session keeps no
 * copy of the entities it loads to compare them at the end (they are read-only), and it never flushes: otherwise
 * Hibernate walks every entity loaded so far before each query, and again at the commit, to find changes a page
 * that reads never makes (a tenth of the dossier view's CPU under load).
 *
 * <p>A change made to an entity read here is not written, not even at the commit: whatever writes does it in a
 * transaction of its own, after this one (the audit line, the messages marked read).
 */
@ApplicationScoped
public class ReadOnlyTransaction {

    @Inject
    Session session;

    /** Runs {@code reading} in a new transaction with a read-only session that never flushes; returns its result. */
    public <T> T call(Callable<T> reading) {
        return QuarkusTransaction.requiringNew().call(() -> {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            return reading.call();
        });
    }
}
