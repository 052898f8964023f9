package fr.univlorraine.ieps.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides what an uploaded file is from its bytes alone: the name and the browser's content type
 * are chosen by the sender, so they prove nothing. Anything that is not a sound PDF, JPEG or PNG
 * is refused before it is stored, shown to staff or merged into a dossier.
 */
public final class ContentInspector {

    /** What the file is; pageCount is the number of PDF pages, 1 for an image. */
    public record Inspection(FileKind kind, int pageCount) {}

    /** Above this, decoding alone could exhaust the heap (decompression bomb). */
    static final long MAX_IMAGE_PIXELS = 50_000_000L;

    /**
     * Images above this are decoded subsampled: every byte is still decompressed (so corruption
     * shows), but the raster kept in memory stays small even for a 50-megapixel scan.
     */
    private static final long FULL_DECODE_PIXELS = 16_000_000L;

    private static final int HEAD = 1024;
    private static final int TAIL = 1024;

    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] PDF_EOF = ascii("%%EOF");
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
    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    private ContentInspector() {}

    /** Reads the file (already on disk) and decides what it is; refuses anything unsafe or unreadable. */
    public static Inspection inspect(Path file, Set<FileKind> accepted) throws RefusedContent, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new RefusedContent("err_file_empty");
        }
        FileKind kind = sniff(read(file, 0, (int) Math.min(HEAD, size)));
        if (!accepted.contains(kind)) {
            throw new RefusedContent("err_file_type_not_accepted");
        }
        return switch (kind) {
            case PDF -> new Inspection(kind, checkPdf(file, size));
            case JPEG, PNG -> {
                checkImage(file, kind);
                yield new Inspection(kind, 1);
            }
        };
    }

    private static FileKind sniff(byte[] head) throws RefusedContent {
        for (byte[] magic : EXECUTABLE_MAGICS) {
            if (startsWith(head, magic)) {
                throw new RefusedContent("err_file_executable");
            }
        }
        if (startsWith(head, PDF_MAGIC)) {
            return FileKind.PDF;
        }
        // Readers look for the PDF header anywhere near the start, so bytes placed before it let one
        // file be both a PDF and something else (HTML, archive, image): the classic polyglot.
        if (indexOf(head, PDF_MAGIC) > 0) {
            throw new RefusedContent("err_file_polyglot");
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return FileKind.JPEG;
        }
        if (startsWith(head, PNG_MAGIC)) {
            return FileKind.PNG;
        }
        throw new RefusedContent("err_file_type");
    }

    // ---- PDF

    private static int checkPdf(Path file, long size) throws RefusedContent, IOException {
        // PDFBox rebuilds a lost cross-reference table by scanning, so it happily opens a file cut
        // short in transit; only the end-of-file marker proves the upload is complete.
        if (!endsWithEofMarker(read(file, size - Math.min(TAIL, size), (int) Math.min(TAIL, size)))) {
            throw new RefusedContent("err_pdf_corrupt");
        }
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted()) {
                // Opened with the empty user password, but still restricted by an owner password.
                throw new RefusedContent("err_pdf_encrypted");
            }
            int pages = document.getNumberOfPages();
            if (pages == 0 || readablePages(document) != pages) {
                throw new RefusedContent("err_pdf_corrupt");
            }
            if (hasActiveContent(document)) {
                throw new RefusedContent("err_pdf_active_content");
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new RefusedContent("err_pdf_encrypted");
        } catch (IOException | RuntimeException e) {
            // Malformed input makes PDFBox throw anything from IOException to ClassCastException.
            throw new RefusedContent("err_pdf_corrupt");
        }
    }

    /**
     * Counts the pages whose box, content and resources can really be read. PDFBox repairs a cut
     * file by scanning for objects and silently turns the missing ones into nothing, so a page whose
     * content or fonts were lost would still "open" as a blank page: every reference is checked.
     */
    private static int readablePages(PDDocument document) throws IOException {
        int readable = 0;
        for (PDPage page : document.getPages()) {
            PDRectangle box = page.getMediaBox();
            if (box == null || !(box.getWidth() > 0) || !(box.getHeight() > 0)) {
                return -1;
            }
            COSDictionary dictionary = page.getCOSObject();
            if (!resolvesWithItems(dictionary.getItem(COSName.CONTENTS))
                    || !resolves(dictionary.getItem(COSName.RESOURCES))) {
                return -1;
            }
            PDResources resources = page.getResources();
            if (resources != null) {
                for (COSBase category : resources.getCOSObject().getValues()) {
                    if (!resolvesWithItems(category)) {
                        return -1;
                    }
                }
            }
            try (InputStream content = page.getContents()) {
                content.transferTo(OutputStream.nullOutputStream());
            }
            readable++;
        }
        return readable;
    }

    /** False for a reference to an object that is missing or could not be parsed. */
    private static boolean resolves(COSBase item) {
        if (item instanceof COSObject reference) {
            COSBase target = reference.getObject();
            return target != null && !(target instanceof COSNull);
        }
        return true;
    }

    /** Like {@link #resolves}, and also for each entry when the item is an array or a dictionary. */
    private static boolean resolvesWithItems(COSBase item) {
        if (!resolves(item)) {
            return false;
        }
        COSBase target = item instanceof COSObject reference ? reference.getObject() : item;
        if (target instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!resolves(array.get(i))) {
                    return false;
                }
            }
        } else if (target instanceof COSDictionary dictionary && !(target instanceof COSStream)) {
            for (COSBase value : dictionary.getValues()) {
                if (!resolves(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Script or program-launching actions can sit in the catalog, pages, annotations or form
     * fields, directly or chained with /Next, so every object of the file is looked at rather than
     * the few places a viewer usually starts from.
     */
    private static boolean hasActiveContent(PDDocument document) throws IOException {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        if (catalog.containsKey(COSName.AA)) {
            return true;
        }
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null && names.containsKey(COSName.JAVA_SCRIPT)) {
            return true;
        }
        COSDocument cos = document.getDocument();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            COSObject object = cos.getObjectFromPool(key);
            if (object != null && isOrHoldsAction(object.getObject(), 0)) {
                return true;
            }
        }
        return isOrHoldsAction(catalog, 0);
    }

    /** Looks into direct objects only: indirect ones are visited on their own, which also avoids cycles. */
    private static boolean isOrHoldsAction(COSBase base, int depth) {
        if (depth > 64) {
            return false;
        }
        if (base instanceof COSDictionary dictionary) {
            COSName type = dictionary.getCOSName(COSName.S);
            if (COSName.JAVA_SCRIPT.equals(type) || LAUNCH.equals(type) || dictionary.containsKey(COSName.JS)) {
                return true;
            }
            for (COSBase value : dictionary.getValues()) {
                if (!(value instanceof COSObject) && isOrHoldsAction(value, depth + 1)) {
                    return true;
                }
            }
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase value = array.get(i);
                if (!(value instanceof COSObject) && isOrHoldsAction(value, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsWithEofMarker(byte[] tail) {
        int end = tail.length;
        while (end > 0 && isPdfWhitespace(tail[end - 1])) {
            end--;
        }
        if (end < PDF_EOF.length) {
            return false;
        }
        for (int i = 0; i < PDF_EOF.length; i++) {
            if (tail[end - PDF_EOF.length + i] != PDF_EOF[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPdfWhitespace(byte b) {
        return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
    }

    // ---- images

    private static void checkImage(Path file, FileKind kind) throws RefusedContent, IOException {
        // ImageIO decodes a truncated JPEG with a mere warning and grey pixels, and stops reading a
        // PNG once its pixels are in, so completeness is checked on the structure first.
        boolean complete = kind == FileKind.JPEG ? jpegReachesEndOfImage(file) : pngReachesEnd(file);
        if (!complete) {
            throw new RefusedContent("err_image_corrupt");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.mediaType);
            if (input == null || !readers.hasNext()) {
                throw new IOException("ImageIO cannot read " + kind.mediaType);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                decode(reader);
            } finally {
                reader.dispose();
            }
        }
    }

    private static void decode(ImageReader reader) throws RefusedContent {
        long width;
        long height;
        try {
            // Only the header is read here: a bomb is refused before any pixel is allocated.
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw new RefusedContent("err_image_corrupt");
        }
        if (width <= 0 || height <= 0) {
            throw new RefusedContent("err_image_corrupt");
        }
        if (width * height > MAX_IMAGE_PIXELS) {
            throw new RefusedContent("err_image_too_large");
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) (width * height) / FULL_DECODE_PIXELS));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        try {
            reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw new RefusedContent("err_image_corrupt");
        }
        if (!warnings.isEmpty()) {
            throw new RefusedContent("err_image_corrupt");
        }
    }

    /**
     * Walks the JPEG segments and the entropy-coded data to the real end-of-image marker. Bytes after
     * it are allowed: phones append motion-photo videos or vendor trailers to perfectly good photos.
     */
    private static boolean jpegReachesEndOfImage(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            Bytes in = new Bytes(raw);
            if (in.next() != 0xFF || in.next() != 0xD8) {
                return false;
            }
            boolean inScan = false;
            while (true) {
                int b = in.next();
                if (b < 0) {
                    return false;
                }
                if (b != 0xFF) {
                    if (inScan) {
                        continue;
                    }
                    return false;
                }
                int marker = in.next();
                while (marker == 0xFF) {
                    marker = in.next();
                }
                if (marker < 0) {
                    return false;
                }
                boolean restart = marker >= 0xD0 && marker <= 0xD7;
                if (inScan && (marker == 0x00 || restart)) {
                    continue;
                }
                if (marker == 0xD9) {
                    return true;
                }
                if (restart || marker == 0x01) {
                    continue;
                }
                int length = in.u16();
                if (length < 2 || !in.skip(length - 2)) {
                    return false;
                }
                inScan = marker == 0xDA;
            }
        }
    }

    /** Walks the PNG chunks to IEND; bytes after it are ignored like every reader does. */
    private static boolean pngReachesEnd(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            Bytes in = new Bytes(raw);
            if (!in.skip(PNG_MAGIC.length)) {
                return false;
            }
            while (true) {
                long length = in.u32();
                long type = in.u32();
                if (length < 0 || type < 0 || length > Integer.MAX_VALUE || !in.skip(length + 4)) {
                    return false;
                }
                if (type == 0x49454E44L) { // "IEND"
                    return true;
                }
            }
        }
    }

    /** A buffered byte reader for the structure walks, without BufferedInputStream's per-byte locking. */
    private static final class Bytes {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;

        Bytes(InputStream in) {
            this.in = in;
        }

        int next() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xFF;
        }

        int u16() throws IOException {
            int high = next();
            int low = next();
            return high < 0 || low < 0 ? -1 : (high << 8) | low;
        }

        long u32() throws IOException {
            int high = u16();
            int low = u16();
            return high < 0 || low < 0 ? -1 : ((long) high << 16) | low;
        }

        boolean skip(long count) throws IOException {
            while (count > 0) {
                if (position == limit && !fill()) {
                    return false;
                }
                int step = (int) Math.min(count, limit - position);
                position += step;
                count -= step;
            }
            return true;
        }

        private boolean fill() throws IOException {
            int read = in.read(buffer);
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        }
    }

    // ---- bytes

    private static byte[] read(Path file, long offset, int length) throws IOException {
        byte[] bytes = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(offset);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // a channel may return fewer bytes than asked
            }
        }
        return buffer.hasRemaining() ? Arrays.copyOf(bytes, buffer.position()) : bytes;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
