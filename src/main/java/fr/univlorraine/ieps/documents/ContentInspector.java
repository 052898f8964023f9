package fr.univlorraine.ieps.documents;

import java.io.IOException;
import java.io.InputStream;
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

/**
 * Decides what an uploaded file is from its bytes alone: the name and the browser's content type
 * are chosen by the sender, so they prove nothing. Anything that is not a sound PDF, JPEG or PNG
 * is refused before it is stored, shown to staff or merged into a dossier; PDFs are looked into by
 * {@link PdfInspector}, within {@link PdfLimits}.
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
        FileKind kind = sniff(read(file, 0, (int) Math.min(HEAD, size)));
        if (!accepted.contains(kind)) {
            throw new RefusedContent(DocumentError.FILE_TYPE_NOT_ACCEPTED);
        }
        return switch (kind) {
            case PDF -> new Inspection(kind, PdfInspector.inspect(file, size, limits));
            case JPEG, PNG -> {
                checkImage(file, kind);
                yield new Inspection(kind, 1);
            }
        };
    }

    private static FileKind sniff(byte[] head) throws RefusedContent {
        for (byte[] magic : EXECUTABLE_MAGICS) {
            if (startsWith(head, magic)) {
                throw new RefusedContent(DocumentError.FILE_EXECUTABLE);
            }
        }
        if (startsWith(head, PDF_MAGIC)) {
            return FileKind.PDF;
        }
        // Readers look for the PDF header anywhere near the start, so bytes placed before it let one
        // file be both a PDF and something else (HTML, archive, image): the classic polyglot.
        if (indexOf(head, PDF_MAGIC) > 0) {
            throw new RefusedContent(DocumentError.FILE_POLYGLOT);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return FileKind.JPEG;
        }
        if (startsWith(head, PNG_MAGIC)) {
            return FileKind.PNG;
        }
        throw new RefusedContent(DocumentError.FILE_TYPE);
    }

    // ---- images

    private static void checkImage(Path file, FileKind kind) throws RefusedContent, IOException {
        // ImageIO decodes a truncated JPEG with a mere warning and grey pixels, and stops reading a
        // PNG once its pixels are in, so completeness is checked on the structure first.
        boolean complete = kind == FileKind.JPEG ? jpegReachesEndOfImage(file) : pngReachesEnd(file);
        if (!complete) {
            throw new RefusedContent(DocumentError.IMAGE_CORRUPT);
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
            throw new RefusedContent(DocumentError.IMAGE_CORRUPT);
        }
        if (width <= 0 || height <= 0) {
            throw new RefusedContent(DocumentError.IMAGE_CORRUPT);
        }
        if (width * height > MAX_IMAGE_PIXELS) {
            throw new RefusedContent(DocumentError.IMAGE_TOO_LARGE);
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
            throw new RefusedContent(DocumentError.IMAGE_CORRUPT);
        }
        if (!warnings.isEmpty()) {
            throw new RefusedContent(DocumentError.IMAGE_CORRUPT);
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

    static byte[] read(Path file, long offset, int length) throws IOException {
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
