package fr.univlorraine.ieps.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether a JPEG or PNG is whole and decodes within memory: its structure is walked to the end, then
 * its pixels are decoded once, a bomb being refused from its header before any pixel is allocated.
 */
final class ImageInspector {

    /** Above this, decoding alone could exhaust the heap (decompression bomb). */
    static final long MAX_IMAGE_PIXELS = 50_000_000L;

    /**
     * Images above this are decoded subsampled: every byte is still decompressed (so corruption
     * shows), but the raster kept in memory stays small even for a 50-megapixel scan.
     */
    private static final long FULL_DECODE_PIXELS = 16_000_000L;

    private static final int PNG_SIGNATURE_LENGTH = 8;

    private ImageInspector() {
    }

    static void check(Path file, FileKind kind) throws RefusedContent, IOException {
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
            if (!in.skip(PNG_SIGNATURE_LENGTH)) {
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
}
