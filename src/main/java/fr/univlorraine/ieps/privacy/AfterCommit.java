package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.documents.DocumentStorage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.jboss.logging.Logger;

/**
 * What the deletions of this package do once their rows are gone for good: a rolled-back transaction keeps rows and
 * files together, a committed one deletes the files. A file that cannot be deleted is known to no row any more: the
 * documents' sweep of orphan files removes it later.
 */
@ApplicationScoped
class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DocumentStorage storage;

    /** Runs {@code action} after the current transaction commits, never after a rollback. */
    void run(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    /** Deletes these stored files after the current transaction commits. */
    void deleteFiles(Collection<String> storedNames) {
        run(() -> storedNames.forEach(this::deleteQuietly));
    }

    void deleteQuietly(String storedName) {
        try {
            storage.delete(storedName);
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf(e, "Could not delete document file %s (the sweep of orphan files will)", storedName);
        }
    }
}
