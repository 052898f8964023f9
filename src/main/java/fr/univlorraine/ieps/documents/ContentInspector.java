package fr.univlorraine.ieps.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides what an uploaded file is from its bytes alone, never from its name or the browser's word,
 * and refuses what is unsafe or unreadable: executables, polyglots, encrypted or broken PDFs, PDFs
 * with scripts, broken or gigantic images.
 */
public final class ContentInspector {

    public record Inspection(FileKind kind, int pageCount) {
    }

    private static final long MAX_PIXELS = 50_000_000L;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private ContentInspector() {
    }

    public static Inspection inspect(Path file, Set<FileKind> accepted) throws RefusedContent, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new RefusedContent("err_file_empty");
        }
        byte[] head = readHead(file, 1024);
        FileKind kind = kindOf(head);
        if (!accepted.contains(kind)) {
            throw new RefusedContent("err_file_type_not_accepted");
        }
        return switch (kind) {
            case PDF -> new Inspection(kind, checkPdf(file, size));
            case JPEG, PNG -> {
                checkImage(file, kind, size);
                yield new Inspection(kind, 1);
            }
        };
    }

    static FileKind kindOf(byte[] head) throws RefusedContent {
        if (startsWith(head, "MZ".getBytes(StandardCharsets.US_ASCII)) || startsWith(head, new byte[] {0x7F, 'E', 'L', 'F'})
                || startsWith(head, "#!".getBytes(StandardCharsets.US_ASCII)) || isMachO(head)) {
            throw new RefusedContent("err_file_executable");
        }
        if (startsWith(head, PDF_HEADER)) {
            return FileKind.PDF;
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return FileKind.JPEG;
        }
        if (startsWith(head, PNG_SIGNATURE)) {
            return FileKind.PNG;
        }
        if (indexOf(head, PDF_HEADER) > 0) {
            // a PDF header further in is how one file passes for two types at once
            throw new RefusedContent("err_file_polyglot");
        }
        throw new RefusedContent("err_file_type");
    }

    private static int checkPdf(Path file, long size) throws RefusedContent, IOException {
        // PDFBox repairs damaged files silently; a whole PDF ends with its %%EOF marker
        byte[] tail = readTail(file, 1024);
        if (indexOf(tail, "%%EOF".getBytes(StandardCharsets.US_ASCII)) < 0) {
            throw new RefusedContent("err_pdf_corrupt");
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (pdf.isEncrypted()) {
                throw new RefusedContent("err_pdf_encrypted");
            }
            if (hasActiveContent(pdf.getDocumentCatalog())) {
                throw new RefusedContent("err_pdf_active_content");
            }
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new RefusedContent("err_pdf_corrupt");
            }
            for (PDPage page : pdf.getPages()) {
                page.getMediaBox();
                try (InputStream content = page.getContents()) {
                    content.transferTo(OutputStream.nullOutputStream());
                }
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new RefusedContent("err_pdf_encrypted");
        } catch (IOException | RuntimeException e) {
            throw new RefusedContent("err_pdf_corrupt");
        }
    }

    private static boolean hasActiveContent(PDDocumentCatalog catalog) {
        COSDictionary root = catalog.getCOSObject();
        if (root.containsKey(COSName.AA)) {
            return true;
        }
        if (root.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary action) {
            COSName type = action.getCOSName(COSName.S);
            if (COSName.JAVA_SCRIPT.equals(type) || COSName.getPDFName("Launch").equals(type)) {
                return true;
            }
        }
        return root.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names && names.containsKey(COSName.JAVA_SCRIPT);
    }

    private static void checkImage(Path file, FileKind kind, long size) throws RefusedContent, IOException {
        if (kind == FileKind.JPEG) {
            byte[] tail = readTail(file, 2);
            if (tail.length < 2 || (tail[0] & 0xFF) != 0xFF || (tail[1] & 0xFF) != 0xD9) {
                throw new RefusedContent("err_image_corrupt");
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RefusedContent("err_image_corrupt");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new RefusedContent("err_image_too_large");
                }
                boolean[] warned = {false};
                reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
                BufferedImage image = reader.read(0);
                if (image == null || warned[0]) {
                    throw new RefusedContent("err_image_corrupt");
                }
            } catch (IOException | RuntimeException e) {
                throw new RefusedContent("err_image_corrupt");
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean isMachO(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        int magic = ((head[0] & 0xFF) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        return magic == 0xFEEDFACE || magic == 0xFEEDFACF || magic == 0xCEFAEDFE || magic == 0xCFFAEDFE || magic == 0xCAFEBABE;
    }

    private static byte[] readHead(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    private static byte[] readTail(Path file, int max) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int n = (int) Math.min(max, length);
            byte[] tail = new byte[n];
            raf.seek(length - n);
            raf.readFully(tail);
            return tail;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
