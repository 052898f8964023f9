package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Files the staff put in a dossier for its candidate (the PDF the national platform gives of an imported dossier):
 * checked from their content exactly as a candidate's upload, then stored as the dossier's piece of a type. The
 * check runs outside any transaction; the recording is short. The same file again (same SHA-256) changes nothing; a
 * different one replaces the previous file once the new row is committed.
 */
@ApplicationScoped
public class StaffFiles {

    private static final Logger LOG = Logger.getLogger(StaffFiles.class);

    /** What became of a file given by the staff. */
    public enum Given {
        STORED, REPLACED, UNCHANGED
    }

    @Inject
    UploadInspector inspector;

    @Inject
    DocumentStorage storage;

    @Inject
    AppClock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The content check of a candidate's upload, for a piece that takes a PDF only; may take seconds. */
    public ContentInspector.Inspection inspectPdf(Path file) throws RefusedContent, IOException {
        return inspector.inspect(file, EnumSet.of(FileKind.PDF));
    }

    /** The name a file is shown under, cleaned of anything but a plain name, as for a candidate's upload. */
    public static String displayName(String fileName) {
        return FileNames.sanitise(fileName, FileKind.PDF);
    }

    /**
     * Records the inspected file as the dossier's piece of this type. {@code sha256} is the file's, computed while it
     * was received: when the dossier already holds that very file, nothing is written.
     */
    @Transactional(rollbackOn = IOException.class)
    public Given record(Long applicationId, String typeCode, Path file, String fileName, String sha256,
            ContentInspector.Inspection inspection, ActorRef actor) throws IOException {
        Application app = Application.findById(applicationId);
        DocumentType type = DocumentType.byCode(typeCode);
        if (app == null || type == null) {
            throw new IllegalStateException("no dossier " + applicationId + " or no type " + typeCode);
        }
        ApplicationDocument document = ApplicationDocument.of(app, type).orElse(null);
        if (document != null && document.hasFile() && Objects.equals(document.sha256, sha256)) {
            return Given.UNCHANGED;
        }
        Given given = document == null || !document.hasFile() ? Given.STORED : Given.REPLACED;
        DocumentStorage.StoredFile stored = storage.store(file);
        if (document == null) {
            document = new ApplicationDocument();
        }
        String replaced = document.storedName;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                // the old file goes only once the new row is committed; a rolled-back recording leaves no file
                deleteQuietly(status == Status.STATUS_COMMITTED ? replaced : stored.storedName());
            }
        });
        document.application = app;
        document.type = type;
        document.holdNewFile(stored, inspection, fileName);
        document.refusalReason = null;
        document.uploadedAt = clock.now();
        document.uploadedBy = actor.subject();
        document.persistAndFlush();
        DocumentEvent.record(document, actor, given == Given.STORED ? DocumentEvent.Action.UPLOADED
                : DocumentEvent.Action.REPLACED, document.uploadedAt, null);
        return given;
    }

    /** Whether a recording failed because another change of the same piece was recorded at the same moment. */
    public static boolean lostRace(RuntimeException failure) {
        return UploadConflict.isRace(failure);
    }

    private void deleteQuietly(String storedName) {
        if (storedName == null) {
            return;
        }
        try {
            storage.delete(storedName);
        } catch (IOException | UncheckedIOException e) {
            // the start-up sweep removes it later
            LOG.warnf(e, "Could not delete document file %s", storedName);
        }
    }
}
