package fr.univlorraine.ieps.documents;

import static fr.univlorraine.ieps.documents.ByteScan.ascii;
import static fr.univlorraine.ieps.documents.ByteScan.matches;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Decides what an uploaded file is from its bytes alone: the name and the browser's content type
 * are chosen by the sender, so they prove nothing. Anything that is not a sound PDF, JPEG or PNG
 * is refused before it is stored, shown to staff or merged into a dossier; PDFs are looked into by
 * {@link PdfInspector}, within {@link PdfLimits}, and images by {@link ImageInspector}.
 */
public final class ContentInspector {

    /** What the file is; pageCount is the number of PDF pages, 1 for an image. */
    public record Inspection(FileKind kind, int pageCount) {}

    private static final int HEAD = 1024;

    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[][] EXECUTABLE_MAGICS = {
        ascii("MZ"),                                                     // Windows PE
        {0x7F, 'E', 'L', 'F'},                                           // Linux ELF
        {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE},            // Mach-O 32
        {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},            // Mach-O 64
        {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},            // Mach-O 32, little-endian
        {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},            // Mach-O 64, little-endian
        {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},            // Mach-O universal, Java class
        ascii("#!"),                                                     // script with an interpreter
    };

    private ContentInspector() {}

    /** Reads the file (already on disk) and decides what it is; refuses anything unsafe or unreadable. */
    public static Inspection inspect(Path file, Set<FileKind> accepted) throws RefusedContent, IOException {
        return inspect(file, accepted, PdfLimits.DEFAULTS);
    }

    /**
     * The same, with the limits of the PDF inspection: it may take seconds, so call it before any
     * database transaction.
     */
    public static Inspection inspect(Path file, Set<FileKind> accepted, PdfLimits limits) throws RefusedContent, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new RefusedContent(DocumentError.FILE_EMPTY);
        }
        FileKind kind = sniff(ByteScan.read(file, 0, (int) Math.min(HEAD, size)));
        if (!accepted.contains(kind)) {
            throw new RefusedContent(DocumentError.FILE_TYPE_NOT_ACCEPTED);
        }
        return switch (kind) {
            case PDF -> new Inspection(kind, PdfInspector.inspect(file, size, limits));
            case JPEG, PNG -> {
                ImageInspector.check(file, kind);
                yield new Inspection(kind, 1);
            }
        };
    }

    private static FileKind sniff(byte[] head) throws RefusedContent {
        for (byte[] magic : EXECUTABLE_MAGICS) {
            if (matches(head, 0, magic)) {
                throw new RefusedContent(DocumentError.FILE_EXECUTABLE);
            }
        }
        if (matches(head, 0, PDF_MAGIC)) {
            return FileKind.PDF;
        }
        // Readers look for the PDF header anywhere near the start, so bytes placed before it let one
        // file be both a PDF and something else (HTML, archive, image): the classic polyglot.
        if (ByteScan.indexOf(head, head.length, PDF_MAGIC) > 0) {
            throw new RefusedContent(DocumentError.FILE_POLYGLOT);
        }
        if (matches(head, 0, JPEG_MAGIC)) {
            return FileKind.JPEG;
        }
        if (matches(head, 0, PNG_MAGIC)) {
            return FileKind.PNG;
        }
        throw new RefusedContent(DocumentError.FILE_TYPE);
    }
}
