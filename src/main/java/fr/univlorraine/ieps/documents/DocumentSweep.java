package fr.univlorraine.ieps.documents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes the documents folder and the database agree, a few seconds after start-up and then every few hours: files
 * no row knows (a crash between writing a file and committing its row) are removed, and rows whose file is missing
 * are reported loudly, since only a restore from backup can bring such a file back. The bodies of the requests a
 * crash cut, left in the HTTP uploads folder, are removed too. It reads every document's name and looks at every
 * file, so it runs beside the requests instead of delaying the start (files younger than the grace period are
 * spared: an upload may be writing them).
 */
@ApplicationScoped
public class DocumentSweep {

    private static final Logger LOG = Logger.getLogger(DocumentSweep.class);

    @Inject
    DocumentStorage storage;

    /** Files younger than this may belong to an upload in progress on another instance. */
    @Inject
    DocumentsConfig config;

    /** Where the HTTP layer streams request bodies; it deletes each one when its request ends, unless killed first. */
    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    Path uploadsDirectory;

    @Scheduled(identity = "document-sweep", every = "${ieps.documents.sweep-every}", delayed = "${ieps.documents.sweep-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() throws IOException {
        sweep(config.orphanGrace());
    }

    /** Returns the orphan files removed. */
    public List<Path> sweep(Duration olderThan) throws IOException {
        Set<String> known = new HashSet<>(QuarkusTransaction.requiringNew().call(ApplicationDocument::allStoredNames));
        known.addAll(QuarkusTransaction.requiringNew().call(DocumentType::templateStoredNames));
        List<Path> removed = new ArrayList<>(storage.removeOrphans(known, olderThan));
        removed.addAll(DocumentStorage.removeOlderThan(uploadsDirectory, olderThan));
        if (!removed.isEmpty()) {
            LOG.warnf("Removed %d file(s) left by an interrupted upload (no dossier references them): %s", removed.size(), removed);
        }
        long missing = known.stream().filter(name -> !storage.exists(name)).peek(name ->
                LOG.errorf("Document file %s is referenced by a dossier but missing from %s: restore it from the backup",
                        name, storage.root())).count();
        if (missing == 0 && removed.isEmpty()) {
            LOG.infof("Documents folder %s agrees with the database (%d files)", storage.root(), known.size());
        }
        return removed;
    }
}
