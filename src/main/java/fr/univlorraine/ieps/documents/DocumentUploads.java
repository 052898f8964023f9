package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationError;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.documents.DocumentService.ChecklistLine;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * What the candidate gives for the pieces of their dossier: uploads checked from their content, and "not
 * concerned" declarations. A file and its row appear together or not at all.
 */
@ApplicationScoped
public class DocumentUploads {

    private static final Logger LOG = Logger.getLogger(DocumentUploads.class);

    @Inject
    ApplicationService applications;

    @Inject
    DocumentService documents;

    @Inject
    DocumentStorage storage;

    @Inject
    AppClock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    UploadInspector inspector;

    /**
     * What the person uploading believes the piece holds, checked so that an upload made from a page
     * opened before another upload does not silently replace it.
     */
    public record Expected(boolean checked, Long documentId) {
        /** No condition: replaces whatever is there (the API without If-None-Match). */
        public static final Expected ANYTHING = new Expected(false, null);
        /** A first upload: nothing may be there yet. */
        public static final Expected NOTHING = new Expected(true, null);

        /** Replaces this document, and no other. */
        public static Expected document(Long documentId) {
            return new Expected(true, documentId);
        }

        boolean allows(ApplicationDocument current) {
            return !checked || Objects.equals(current == null ? null : current.id, documentId);
        }
    }

    /** What the file of a piece may be, read before it is inspected. */
    record Target(long maxBytes, Set<FileKind> accepted) {
    }

    /** A file as the candidate sent it: where it was received, and the name it had. */
    public record Sent(Path file, String name) {
    }

    /** Photos a piece asked as a PDF may be sent as: they become one PDF, a page each. */
    private static final Set<FileKind> PHOTOS = EnumSet.of(FileKind.JPEG, FileKind.PNG);

    /** Checks the uploaded file and stores it as the dossier's document of this type, whatever is there now. */
    public ApplicationDocument upload(Long applicationId, String candidate, String typeCode, Path file, String fileName)
            throws RefusedContent, UploadConflict, IOException {
        return upload(applicationId, candidate, typeCode, file, fileName, Expected.ANYTHING);
    }

    public ApplicationDocument upload(Long applicationId, String candidate, String typeCode, Path file, String fileName,
            Expected expected) throws RefusedContent, UploadConflict, IOException {
        return upload(applicationId, candidate, typeCode, List.of(new Sent(file, fileName)), expected);
    }

    /**
     * Checks the uploaded files (size, then content) and stores them as the dossier's document of this type,
     * replacing the previous one only once the new one is committed. Refusals and conflicts change nothing.
     * One file is kept as it is when its format is accepted; photos (one or several, JPEG or PNG) sent for a piece
     * that takes a PDF become one PDF, a page per photo in the order sent. Several files must all be photos.
     * The content check may take seconds (a PDF is decoded within {@link PdfLimits}), so it runs between
     * two short transactions, never inside one.
     */
    public ApplicationDocument upload(Long applicationId, String candidate, String typeCode, List<Sent> sent,
            Expected expected) throws RefusedContent, UploadConflict, IOException {
        Target target = target(applicationId, candidate, typeCode, expected);
        boolean photosToPdf = target.accepted().contains(FileKind.PDF);
        if (sent.size() > 1 && !photosToPdf) {
            throw new RefusedContent(DocumentError.ONE_FILE_ONLY);
        }
        if (sent.size() > PhotoPdf.MAX_PHOTOS) {
            throw new RefusedContent(DocumentError.TOO_MANY_PHOTOS);
        }
        long total = 0;
        for (Sent file : sent) {
            total += Files.size(file.file());
        }
        if (total > target.maxBytes()) {
            throw new RefusedContent(DocumentError.FILE_TOO_LARGE);
        }
        Set<FileKind> accepted = EnumSet.copyOf(sent.size() > 1 ? PHOTOS : target.accepted());
        if (photosToPdf) {
            accepted.addAll(PHOTOS);
        }
        List<ContentInspector.Inspection> inspections = new ArrayList<>();
        for (Sent file : sent) {
            inspections.add(inspect(applicationId, typeCode, file.file(), accepted, sent.size() > 1));
        }
        ContentInspector.Inspection first = inspections.get(0);
        if (sent.size() == 1 && target.accepted().contains(first.kind())) {
            return recordInspected(applicationId, candidate, typeCode, sent.get(0).file(), sent.get(0).name(), first,
                    expected);
        }
        Path pdf = PhotoPdf.combine(sent.stream().map(Sent::file).toList(),
                inspections.stream().map(ContentInspector.Inspection::kind).toList());
        try {
            if (Files.size(pdf) > target.maxBytes()) {
                throw new RefusedContent(DocumentError.FILE_TOO_LARGE);
            }
            return recordInspected(applicationId, candidate, typeCode, pdf, FileNames.withoutExtension(sent.get(0).name()),
                    new ContentInspector.Inspection(FileKind.PDF, sent.size()), expected);
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private ContentInspector.Inspection inspect(Long applicationId, String typeCode, Path file, Set<FileKind> accepted,
            boolean oneOfSeveral) throws RefusedContent, IOException {
        try {
            return inspector.inspect(file, accepted);
        } catch (RefusedContent refused) {
            if (refused.error instanceof PdfRefusal) {
                LOG.infof("PDF refused for dossier %d, %s: %s", applicationId, typeCode, refused.getMessage());
            }
            if (oneOfSeveral && refused.error == DocumentError.FILE_TYPE_NOT_ACCEPTED) {
                throw new RefusedContent(DocumentError.PHOTOS_ONLY);
            }
            throw refused;
        }
    }

    private ApplicationDocument recordInspected(Long applicationId, String candidate, String typeCode, Path file,
            String fileName, ContentInspector.Inspection inspection, Expected expected) throws UploadConflict, IOException {
        try {
            return record(applicationId, candidate, typeCode, file, fileName, inspection, expected);
        } catch (RuntimeException e) {
            if (UploadConflict.isRace(e)) {
                LOG.infof("Concurrent uploads for dossier %d, %s: this one lost", applicationId, typeCode);
                throw new UploadConflict(false);
            }
            throw e;
        }
    }

    @Transactional
    Target target(Long applicationId, String candidate, String typeCode, Expected expected) throws UploadConflict {
        ChecklistLine line = editableLine(applications.owned(applicationId, candidate), typeCode);
        if (!expected.allows(line.document())) {
            throw new UploadConflict(true);
        }
        return new Target(line.type().maxBytes(), line.type().accepted());
    }

    /** Records the inspected file; a concurrent upload of the same piece makes it fail at the flush. */
    @Transactional(rollbackOn = {UploadConflict.class, IOException.class})
    ApplicationDocument record(Long applicationId, String candidate, String typeCode, Path file, String fileName,
            ContentInspector.Inspection inspection, Expected expected) throws UploadConflict, IOException {
        Application app = applications.owned(applicationId, candidate);
        ChecklistLine line = editableLine(app, typeCode);
        // checked again: another upload may have been recorded while this file was inspected
        if (!expected.allows(line.document())) {
            throw new UploadConflict(true);
        }
        DocumentStorage.StoredFile stored = storage.store(file);
        ApplicationDocument document = line.document() != null ? line.document() : new ApplicationDocument();
        String replaced = document.storedName;
        afterCompletion(committed -> {
            // the old file goes only once the new row is committed; a rolled-back upload leaves no file
            deleteQuietly(committed ? replaced : stored.storedName());
        });
        document.holdNewFile(stored, inspection, fileName);
        given(document, app, line, candidate, replaced == null ? DocumentEvent.Action.UPLOADED : DocumentEvent.Action.REPLACED,
                null);
        return document;
    }

    /** A conditional item that does not apply to this candidate, with their reason. */
    @Transactional
    public void declareNotConcerned(Long applicationId, String candidate, String typeCode, String reason) {
        Application app = applications.owned(applicationId, candidate);
        ChecklistLine line = editableLine(app, typeCode);
        if (line.item().requirement != Requirement.CONDITIONAL) {
            throw new RuleViolation(DocumentError.NOT_CONCERNED_NOT_ALLOWED);
        }
        ApplicationDocument document = line.document() != null ? line.document() : new ApplicationDocument();
        String replaced = document.storedName;
        if (replaced != null) {
            afterCompletion(committed -> {
                if (committed) {
                    deleteQuietly(replaced);
                }
            });
        }
        document.status = DocumentStatus.NOT_CONCERNED;
        document.notConcernedReason = reason.strip();
        document.originalName = null;
        document.storedName = null;
        document.mediaType = null;
        document.sizeBytes = null;
        document.sha256 = null;
        document.pageCount = null;
        given(document, app, line, candidate, DocumentEvent.Action.NOT_CONCERNED, document.notConcernedReason);
    }

    /**
     * Takes back what the candidate gave for a piece (a file, or "not concerned"), while they may still change their
     * pieces: the row and its file go together, and the document's history keeps the step. A piece the secretariat
     * has validated stays. {@code documentId} is the document the candidate's page showed: a piece changed since
     * (in another window) is not removed.
     */
    @Transactional
    public void remove(Long applicationId, String candidate, String typeCode, Long documentId) {
        Application app = applications.owned(applicationId, candidate);
        ChecklistLine line = editableLine(app, typeCode);
        ApplicationDocument document = line.document();
        if (document == null || !document.id.equals(documentId)) {
            throw new RuleViolation(DocumentError.REMOVE_CONFLICT);
        }
        if (document.status == DocumentStatus.VALIDATED) {
            throw new RuleViolation(DocumentError.REMOVE_VALIDATED);
        }
        DocumentEvent.record(document, new ActorRef(candidate, null, Actor.CANDIDATE), DocumentEvent.Action.REMOVED,
                clock.now(), null);
        String removed = document.storedName;
        document.delete();
        document.flush();
        afterCompletion(committed -> {
            // the file goes once the row is gone for good; a rolled-back removal keeps both
            if (committed) {
                deleteQuietly(removed);
            }
        });
    }

    /** The line of the candidate's dossier for this piece, while the candidate may still change it. */
    private ChecklistLine editableLine(Application app, String typeCode) {
        ChecklistLine line = documents.checklist(app).stream().filter(l -> l.type().code.equals(typeCode)).findFirst()
                .orElseThrow(NotFoundException::new);
        if (!app.status.isEditableByCandidate()) {
            throw new RuleViolation(ApplicationError.NOT_EDITABLE);
        }
        ApplicationError closed = app.closedAt(clock.now());
        if (closed != null) {
            throw new RuleViolation(closed);
        }
        return line;
    }

    /** Writes what the candidate gave for the line, and the step in the document's history. */
    private void given(ApplicationDocument document, Application app, ChecklistLine line, String candidate,
            DocumentEvent.Action action, String reason) {
        document.application = app;
        document.type = line.type();
        document.refusalReason = null;
        document.uploadedAt = clock.now();
        document.uploadedBy = candidate;
        document.persistAndFlush();
        DocumentEvent.record(document, new ActorRef(candidate, null, Actor.CANDIDATE), action, document.uploadedAt, reason);
    }

    /** Runs once the current transaction is over: true if it committed, false if it rolled back. */
    private void afterCompletion(Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private void deleteQuietly(String storedName) {
        if (storedName == null) {
            return;
        }
        try {
            storage.delete(storedName);
        } catch (IOException | UncheckedIOException e) {
            // the start-up sweep removes it later; never fail a committed upload for this
            LOG.warnf(e, "Could not delete document file %s", storedName);
        }
    }
}
