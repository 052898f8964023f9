package fr.univlorraine.ieps.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jboss.logging.Logger;

/**
 * The models the admin offers for a piece (the VAP file): checked from their content (a PDF as strictly as a
 * candidate's, a DOCX or ODT without macros), kept in the documents folder like the candidates' files, replaced
 * only once the new one is committed.
 */
@ApplicationScoped
public class TemplateFiles {

    private static final Logger LOG = Logger.getLogger(TemplateFiles.class);

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** More parts than any word-processing document has: a crafted archive, not a model. */
    private static final int MAX_ENTRIES = 2000;

    @Inject
    DocumentStorage storage;

    @Inject
    UploadInspector inspector;

    @Inject
    DocumentsConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Where candidates and visitors download the model of a type. */
    public static String url(DocumentType type) {
        return "/modeles/" + type.code;
    }

    /** The largest model accepted, in megabytes (rounded down), for the admin's page. */
    public long maxMegabytes() {
        return config.templateMaxSize().asLongValue() / (1024 * 1024);
    }

    /** Checks the file (size, then content) and makes it the model of the type; a refusal changes nothing. */
    public void upload(Long typeId, Path file, String fileName) throws RefusedContent, IOException {
        if (DocumentType.findById(typeId) == null) {
            throw new NotFoundException();
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new RefusedContent(DocumentError.FILE_EMPTY);
        }
        if (size > config.templateMaxSize().asLongValue()) {
            throw new RefusedContent(DocumentError.TEMPLATE_TOO_LARGE);
        }
        record(typeId, file, fileName, kind(file));
    }

    /** The kind of the file from its content; refused when it is none of them or carries macros. */
    TemplateKind kind(Path file) throws RefusedContent, IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, PDF_MAGIC)) {
            inspector.inspect(file, Set.of(FileKind.PDF));
            return TemplateKind.PDF;
        }
        if (startsWith(head, ZIP_MAGIC)) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.size() > MAX_ENTRIES) {
                    throw new RefusedContent(DocumentError.TEMPLATE_TYPE, zip.size() + " entries");
                }
                boolean macros = Collections.list(zip.entries()).stream().map(ZipEntry::getName)
                        .anyMatch(name -> name.endsWith("vbaProject.bin") || name.startsWith("Basic/") || name.startsWith("Scripts/"));
                if (macros) {
                    throw new RefusedContent(DocumentError.TEMPLATE_TYPE, "macros");
                }
                if (isOdt(zip)) {
                    return TemplateKind.ODT;
                }
                if (zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null) {
                    return TemplateKind.DOCX;
                }
            } catch (ZipException corrupt) {
                throw new RefusedContent(DocumentError.TEMPLATE_TYPE, "corrupt archive");
            }
        }
        throw new RefusedContent(DocumentError.TEMPLATE_TYPE);
    }

    private static boolean isOdt(ZipFile zip) throws IOException {
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(mimetype)) {
            return TemplateKind.ODT.mediaType.equals(new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip());
        }
    }

    @Transactional(rollbackOn = IOException.class)
    void record(Long typeId, Path file, String fileName, TemplateKind kind) throws IOException {
        DocumentType type = DocumentType.findById(typeId);
        if (type == null) {
            throw new NotFoundException();
        }
        DocumentStorage.StoredFile stored = storage.store(file);
        String replaced = type.templateStoredName;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                // the old file goes only once the new row is committed; a rolled-back upload leaves no file
                deleteQuietly(status == Status.STATUS_COMMITTED ? replaced : stored.storedName());
            }
        });
        type.templateStoredName = stored.storedName();
        type.templateFileName = FileNames.sanitise(fileName, kind.extension);
        type.templateMediaType = kind.mediaType;
        type.templateSizeBytes = stored.size();
    }

    /** The model of a type, by code; null when the type has none. */
    public DocumentType withTemplate(String code) {
        DocumentType type = DocumentType.byCode(code);
        return type == null || !type.hasTemplate() ? null : type;
    }

    private void deleteQuietly(String storedName) {
        if (storedName == null) {
            return;
        }
        try {
            storage.delete(storedName);
        } catch (IOException | RuntimeException e) {
            // the sweep removes it later; never fail a committed upload for this
            LOG.warnf(e, "Could not delete model file %s", storedName);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }
}
