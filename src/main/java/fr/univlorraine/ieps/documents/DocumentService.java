package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.ApplicationField;
import fr.univlorraine.ieps.application.ApplicationError;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.SubmissionCheck;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The documents of a dossier: what its checklist asks, uploads checked from their content, "not
 * concerned" declarations, and the rule that a dossier is submitted only with every required piece.
 * A file and its row appear together or not at all.
 */
@ApplicationScoped
public class DocumentService implements SubmissionCheck {

    private static final Logger LOG = Logger.getLogger(DocumentService.class);
    public static final int MAX_REASON_LENGTH = 1000;

    /** One line of a dossier's checklist: the item and the document given for it, if any. */
    public record ChecklistLine(ChecklistItem item, ApplicationDocument document) {
        public DocumentType type() {
            return item.type;
        }

        /** Given and acceptable for submission: a file not refused, or "not concerned" where allowed. */
        public boolean satisfied() {
            return document != null && document.status != DocumentStatus.REFUSED;
        }

        public boolean required() {
            return item.requirement != Requirement.OPTIONAL;
        }

        public boolean missing() {
            return required() && !satisfied();
        }
    }

    @Inject
    ApplicationService applications;

    @Inject
    DocumentStorage storage;

    @Inject
    AppClock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    UploadInspector inspector;

    /** The routes whose checklist applies: the entry route, plus VAP for a VAP candidate. */
    public static Set<String> routesOf(Application app) {
        Set<String> routes = new LinkedHashSet<>(List.of(app.entryRoute.name()));
        if (app.vap) {
            routes.add(ChecklistItem.VAP_ROUTE);
        }
        return routes;
    }

    /** The dossier's checklist in order, each item with its document; one item per type (the strictest wins). */
    public List<ChecklistLine> checklist(Application app) {
        Map<Long, ApplicationDocument> documents = ApplicationDocument.of(app).stream()
                .collect(Collectors.toMap(d -> d.type.id, Function.identity()));
        Map<Long, ChecklistItem> items = new java.util.LinkedHashMap<>();
        for (ChecklistItem item : ChecklistItem.of(app.track.level, routesOf(app))) {
            items.merge(item.type.id, item, (a, b) -> a.requirement.ordinal() <= b.requirement.ordinal() ? a : b);
        }
        return items.values().stream().map(item -> new ChecklistLine(item, documents.get(item.type.id))).toList();
    }

    @Override
    public List<String> missing(Application app, String lang) {
        return missing(app).stream().map(l -> l.type().label(lang)).toList();
    }

    public List<ChecklistLine> missing(Application app) {
        return checklist(app).stream().filter(ChecklistLine::missing).toList();
    }

    @Override
    public void check(Application app, FormErrors errors) {
        if (!missing(app).isEmpty()) {
            errors.add(ApplicationField.documents, DocumentError.DOCUMENTS_MISSING);
        }
    }

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
            return !checked || java.util.Objects.equals(current == null ? null : current.id, documentId);
        }
    }

    /** What the file of a piece may be, read before it is inspected. */
    record Target(long maxBytes, Set<FileKind> accepted) {
    }

    /** Checks the uploaded file and stores it as the dossier's document of this type, whatever is there now. */
    public ApplicationDocument upload(Long applicationId, String candidate, String typeCode, Path file, String fileName)
            throws RefusedContent, UploadConflict, IOException {
        return upload(applicationId, candidate, typeCode, file, fileName, Expected.ANYTHING);
    }

    /**
     * Checks the uploaded file (size, then content) and stores it as the dossier's document of this type,
     * replacing the previous one only once the new one is committed. Refusals and conflicts change nothing.
     * The content check may take seconds (a PDF is decoded within {@link PdfLimits}), so it runs between
     * two short transactions, never inside one.
     */
    public ApplicationDocument upload(Long applicationId, String candidate, String typeCode, Path file, String fileName,
            Expected expected) throws RefusedContent, UploadConflict, IOException {
        Target target = target(applicationId, candidate, typeCode, expected);
        if (java.nio.file.Files.size(file) > target.maxBytes()) {
            throw new RefusedContent(DocumentError.FILE_TOO_LARGE);
        }
        ContentInspector.Inspection inspection;
        try {
            inspection = inspector.inspect(file, target.accepted());
        } catch (RefusedContent refused) {
            if (refused.error instanceof PdfRefusal) {
                LOG.infof("PDF refused for dossier %d, %s: %s", applicationId, typeCode, refused.getMessage());
            }
            throw refused;
        }
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
        Application app = applications.owned(applicationId, candidate);
        ChecklistLine line = lineFor(app, typeCode);
        requireEditable(app);
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
        ChecklistLine line = lineFor(app, typeCode);
        requireEditable(app);
        // checked again: another upload may have been recorded while this file was inspected
        if (!expected.allows(line.document())) {
            throw new UploadConflict(true);
        }
        DocumentType type = line.type();
        DocumentStorage.StoredFile stored = storage.store(file);
        ApplicationDocument document = line.document() != null ? line.document() : new ApplicationDocument();
        String replaced = document.storedName;
        afterCompletion(committed -> {
            // the old file goes only once the new row is committed; a rolled-back upload leaves no file
            deleteQuietly(committed ? replaced : stored.storedName());
        });
        document.application = app;
        document.type = type;
        document.status = DocumentStatus.PENDING;
        document.originalName = FileNames.sanitise(fileName, inspection.kind());
        document.storedName = stored.storedName();
        document.mediaType = inspection.kind().mediaType;
        document.sizeBytes = stored.size();
        document.sha256 = stored.sha256();
        document.pageCount = inspection.pageCount();
        document.notConcernedReason = null;
        document.refusalReason = null;
        document.reviewedAt = null;
        document.reviewedBy = null;
        document.uploadedAt = clock.now();
        document.uploadedBy = candidate;
        document.persistAndFlush();
        DocumentEvent.record(document, candidateRef(candidate), replaced == null ? DocumentEvent.Action.UPLOADED
                : DocumentEvent.Action.REPLACED, document.uploadedAt, null);
        return document;
    }

    /** A conditional item that does not apply to this candidate, with their reason. */
    @Transactional
    public void declareNotConcerned(Long applicationId, String candidate, String typeCode, String reason) {
        Application app = applications.owned(applicationId, candidate);
        ChecklistLine line = lineFor(app, typeCode);
        requireEditable(app);
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
        document.application = app;
        document.type = line.type();
        document.status = DocumentStatus.NOT_CONCERNED;
        document.notConcernedReason = reason.strip();
        document.originalName = null;
        document.storedName = null;
        document.mediaType = null;
        document.sizeBytes = null;
        document.sha256 = null;
        document.pageCount = null;
        document.refusalReason = null;
        document.uploadedAt = clock.now();
        document.uploadedBy = candidate;
        document.persistAndFlush();
        DocumentEvent.record(document, candidateRef(candidate), DocumentEvent.Action.NOT_CONCERNED, document.uploadedAt,
                document.notConcernedReason);
    }

    private static ActorRef candidateRef(String subject) {
        return new ActorRef(subject, null, Actor.CANDIDATE);
    }

    private ChecklistLine lineFor(Application app, String typeCode) {
        return checklist(app).stream().filter(l -> l.type().code.equals(typeCode)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private static void requireEditable(Application app) {
        if (!app.status.isEditableByCandidate()) {
            throw new RuleViolation(ApplicationError.NOT_EDITABLE);
        }
    }

    /** Runs once the current transaction is over: true if it committed, false if it rolled back. */
    private void afterCompletion(java.util.function.Consumer<Boolean> action) {
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

    /** The documents that are files, in checklist order, for the dossier PDF. */
    public List<ApplicationDocument> files(Application app) {
        List<ApplicationDocument> files = new ArrayList<>();
        for (ChecklistLine line : checklist(app)) {
            if (line.document() != null && line.document().hasFile()) {
                files.add(line.document());
            }
        }
        ApplicationDocument.of(app).stream().filter(d -> d.hasFile() && !files.contains(d)).forEach(files::add);
        return files;
    }

    static boolean isEditable(ApplicationStatus status) {
        return status.isEditableByCandidate();
    }
}
