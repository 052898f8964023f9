package fr.univlorraine.ieps.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * What one PDF inspection may spend: each stream is decoded once, with PDFBox's own filters, into a
 * stream that counts the bytes and throws once over the limit, keeping none of them; a deadline is
 * checked there and in every loop. The first problem found sticks, so that a refusal thrown through
 * PDFBox code that swallows exceptions is still seen afterwards.
 */
final class PdfBudget {

    /** Thrown through PDFBox's code (which catches IOException in places) to stop the inspection. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RefusedContent refusal;

        Stop(RefusedContent refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** Cross-reference and object streams hold the file's structure: a few hundred kilobytes for a real document. */
    static final long MAX_STRUCTURE_BYTES = 16L << 20;
    /** A predictor row longer than this (a 500,000-pixel-wide 32-colour row) is an attempt to exhaust memory. */
    static final long MAX_PREDICTOR_ROW = 16L << 20;
    /** Pixel codecs are left to the viewers: decoding them proves nothing about the file's structure. */
    private static final Set<COSName> PIXEL_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private final PdfLimits limits;
    private final long deadline;
    private final Set<COSStream> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    private long decoded;
    private Stop stopped;

    PdfBudget(PdfLimits limits, long deadline) {
        this.limits = limits;
        this.deadline = deadline;
    }

    int maxPages() {
        return limits.maxPages();
    }

    /** Stops the inspection once its time is up. */
    void tick() {
        rethrow();
        if (System.nanoTime() - deadline > 0) {
            throw stop(PdfRefusal.TOO_COMPLEX, "inspection over its time budget of " + limits.timeBudget());
        }
    }

    /** Rethrows the first problem found, if PDFBox swallowed it. */
    void rethrow() {
        if (stopped != null) {
            throw stopped;
        }
    }

    Stop stop(PdfRefusal refusal, String detail) {
        return stop(new RefusedContent(refusal, detail));
    }

    Stop stop(RefusedContent refusal) {
        if (stopped == null) {
            stopped = new Stop(refusal);
        }
        return stopped;
    }

    /** Decodes the stream once (later calls return at once), counting; refuses it over its limit or if it does not decode. */
    void check(COSStream stream) {
        tick();
        if (!checked.add(stream)) {
            return;
        }
        List<COSName> filters = filters(stream);
        if (filters.isEmpty()) {
            return; // its bytes are in the file: nothing to inflate
        }
        long limit = limitOf(stream);
        try (InputStream raw = stream.createRawInputStream()) {
            decode(stream, filters, raw, limit);
        } catch (Stop stop) {
            throw stop;
        } catch (IOException | RuntimeException e) {
            throw stop(new RefusedContent(DocumentError.PDF_CORRUPT, "stream does not decode: " + e));
        }
    }

    private long limitOf(COSStream stream) {
        COSName type = stream.getCOSName(COSName.TYPE);
        if (COSName.XREF.equals(type) || COSName.OBJ_STM.equals(type)) {
            return Math.min(MAX_STRUCTURE_BYTES, limits.maxStreamBytes());
        }
        if (!COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            return limits.maxStreamBytes();
        }
        long raster = raster(stream);
        if (raster > limits.maxDecodedBytes()) {
            throw stop(PdfRefusal.TOO_COMPLEX, "image of " + raster + " bytes");
        }
        return Math.max(limits.maxStreamBytes(), raster);
    }

    /**
     * The bytes the image's pixels take, as its dictionary announces them; only direct values are read
     * (the file is still being parsed), and an unknown colour space counts as four components.
     */
    private static long raster(COSStream image) {
        long width = directLong(image.getItem(COSName.WIDTH));
        long height = directLong(image.getItem(COSName.HEIGHT));
        if (width <= 0 || height <= 0) {
            return 0;
        }
        boolean mask = image.getItem(COSName.IMAGE_MASK) instanceof COSBoolean flag && flag.getValue();
        long bits = mask ? 1 : Math.max(1, Math.min(16, directLong(image.getItem(COSName.BITS_PER_COMPONENT))));
        long components = mask ? 1 : components(image.getItem(COSName.COLORSPACE));
        return saturatedMultiply(saturatedMultiply(width, height), components * bits) / 8 + height;
    }

    private static long components(COSBase colorSpace) {
        COSBase name = colorSpace instanceof COSArray array && array.size() > 0 ? array.get(0) : colorSpace;
        if (COSName.DEVICEGRAY.equals(name) || COSName.CALGRAY.equals(name) || COSName.INDEXED.equals(name)) {
            return 1;
        }
        if (COSName.DEVICERGB.equals(name) || COSName.CALRGB.equals(name) || COSName.LAB.equals(name)) {
            return 3;
        }
        return 4;
    }

    private static long directLong(COSBase value) {
        return value instanceof COSNumber number ? number.longValue() : -1;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase filter = stream.getDictionaryObject(COSName.FILTER);
        List<COSName> names = new ArrayList<>();
        if (filter instanceof COSName name) {
            names.add(name);
        } else if (filter instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Runs the filters in order; the output of all but the last goes through a temporary file, counted too. */
    private void decode(COSStream stream, List<COSName> filters, InputStream raw, long limit) throws IOException {
        InputStream input = raw;
        List<Path> scratch = new ArrayList<>();
        try {
            for (int i = 0; i < filters.size(); i++) {
                if (PIXEL_CODECS.contains(filters.get(i))) {
                    return;
                }
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                checkPredictorRow(stream, i);
                boolean last = i == filters.size() - 1 || PIXEL_CODECS.contains(filters.get(i + 1));
                if (last) {
                    filter.decode(input, new Counter(limit, OutputStream.nullOutputStream()), stream, i);
                    return;
                }
                Path next = Files.createTempFile("ieps-pdf-filter-", ".tmp");
                scratch.add(next);
                try (OutputStream out = new Counter(limit, Files.newOutputStream(next))) {
                    filter.decode(input, out, stream, i);
                }
                input.close();
                input = Files.newInputStream(next);
            }
        } finally {
            input.close();
            for (Path file : scratch) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** PDFBox allocates two rows of the predictor before decoding anything: the row length is bounded first. */
    private void checkPredictorRow(COSStream stream, int index) {
        COSBase parameters = stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
        if (parameters instanceof COSArray array) {
            parameters = index < array.size() ? array.getObject(index) : null;
        }
        if (parameters instanceof COSDictionary dictionary && dictionary.getInt(COSName.PREDICTOR) > 1) {
            long colors = Math.min(Math.max(dictionary.getInt(COSName.COLORS, 1), 1), 32);
            long bits = Math.max(dictionary.getInt(COSName.BITS_PER_COMPONENT, 8), 1);
            long columns = Math.max(dictionary.getInt(COSName.COLUMNS, 1), 1);
            if (saturatedMultiply(columns, colors * bits) / 8 > MAX_PREDICTOR_ROW) {
                throw stop(PdfRefusal.TOO_COMPLEX, "predictor row of " + columns + " columns");
            }
        }
    }

    /** Counts what a filter writes, against the stream's limit and the file's total, and watches the clock. */
    private final class Counter extends OutputStream {
        private final long limit;
        private final OutputStream out;
        private long count;

        Counter(long limit, OutputStream out) {
            this.limit = limit;
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
            out.write(b, off, len);
        }

        private void add(int bytes) {
            count += bytes;
            decoded += bytes;
            if (count > limit) {
                throw stop(PdfRefusal.TOO_COMPLEX, "a stream decodes to more than " + limit + " bytes");
            }
            if (decoded > limits.maxDecodedBytes()) {
                throw stop(PdfRefusal.TOO_COMPLEX, "the streams decode to more than " + limits.maxDecodedBytes() + " bytes");
            }
            tick();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
