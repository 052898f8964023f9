package fr.univlorraine.ieps.documents;

import static fr.univlorraine.ieps.documents.ByteScan.ascii;
import static fr.univlorraine.ieps.documents.ByteScan.matches;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on how a PDF ends, made on its bytes before any parser reads it. Readers look for the end of
 * a PDF from the last bytes, and for a ZIP's directory there too: bytes added after the PDF's end let
 * one file be a harmless PDF to us and something else (an archive, a script) to another program.
 */
final class PdfTail {

    /** A ZIP's end-of-central-directory record: 22 bytes, then a comment of at most 65,535 bytes. */
    static final int ZIP_END_REACH = 22 + 65_535;

    private static final byte[] EOF = ascii("%%EOF");
    private static final int CHUNK = 64 * 1024;
    /** PDF's white-space characters: NUL, tab, line feed, form feed, carriage return and space. */
    private static final String WHITESPACE = "[\\x00\\t\\n\\f\\r ]";
    private static final Pattern NOT_WHITESPACE = Pattern.compile("[^\\x00\\t\\n\\f\\r ]");
    /** "12 0 obj", "xref" or a comment: the next section of the same PDF, not foreign data. */
    private static final Pattern MORE_OF_THE_PDF = Pattern.compile("xref|%|\\d+" + WHITESPACE + "+\\d+" + WHITESPACE + "+obj");
    /** The offset of the cross-reference section announced just before the end marker. */
    private static final Pattern STARTXREF = Pattern.compile("startxref" + WHITESPACE + "+(\\d{1,18})" + WHITESPACE + "*\\z");

    private PdfTail() {
    }

    /** Refuses a PDF+ZIP polyglot, data after the last %%EOF, and an end not announced by startxref (cut short). */
    static void check(Path file, long size) throws RefusedContent, IOException {
        int reach = (int) Math.min(ZIP_END_REACH, size);
        byte[] tail = ByteScan.read(file, size - reach, reach);
        if (endsWithZipDirectory(tail)) {
            throw new RefusedContent(PdfRefusal.POLYGLOT, "ZIP end of central directory at the end of the file");
        }
        long eof = lastEof(file, size);
        if (eof < 0) {
            // PDFBox rebuilds a lost cross-reference table by scanning, so it happily opens a file cut
            // short in transit; only the end marker proves the upload is complete.
            throw new RefusedContent(DocumentError.PDF_CORRUPT);
        }
        long after = eof + EOF.length;
        if (after < size) {
            String rest = latin1(ByteScan.read(file, after, (int) Math.min(CHUNK, size - after)));
            Matcher next = NOT_WHITESPACE.matcher(rest);
            boolean more = next.find();
            if (more || size - after > rest.length() && !allWhitespace(file, after + rest.length(), size)) {
                if (more && MORE_OF_THE_PDF.matcher(rest).region(next.start(), rest.length()).lookingAt()) {
                    // the %%EOF of an earlier revision (incremental update, linearized first page): the last part is missing
                    throw new RefusedContent(DocumentError.PDF_CORRUPT);
                }
                throw new RefusedContent(PdfRefusal.TRAILING_DATA, (size - after) + " bytes after %%EOF");
            }
        }
        if (!announcedByStartxref(file, eof)) {
            throw new RefusedContent(DocumentError.PDF_CORRUPT);
        }
    }

    /** An end-of-central-directory record whose comment reaches exactly the end of the file. */
    static boolean endsWithZipDirectory(byte[] tail) {
        for (int p = tail.length - 22; p >= 0; p--) {
            if (tail[p] == 'P' && tail[p + 1] == 'K' && tail[p + 2] == 5 && tail[p + 3] == 6) {
                int commentLength = (tail[p + 20] & 0xFF) | (tail[p + 21] & 0xFF) << 8;
                if (p + 22 + commentLength == tail.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The position of the last "%%EOF", read backwards in chunks; -1 if there is none. */
    private static long lastEof(Path file, long size) throws IOException {
        long end = size;
        while (end > 0) {
            long start = Math.max(0, end - CHUNK);
            // chunks overlap by the marker's length less one, so a marker across two chunks is found
            byte[] chunk = ByteScan.read(file, start, (int) (Math.min(size, end + EOF.length - 1) - start));
            for (int i = (int) (end - start) - 1; i >= 0; i--) {
                if (matches(chunk, i, EOF)) {
                    return start + i;
                }
            }
            end = start;
        }
        return -1;
    }

    private static boolean allWhitespace(Path file, long from, long size) throws IOException {
        for (long position = from; position < size; position += CHUNK) {
            if (NOT_WHITESPACE.matcher(latin1(ByteScan.read(file, position, (int) Math.min(CHUNK, size - position)))).find()) {
                return false;
            }
        }
        return true;
    }

    /** "startxref", an offset inside the file, then the %%EOF at {@code eof}. */
    private static boolean announcedByStartxref(Path file, long eof) throws IOException {
        int window = (int) Math.min(eof, 1024);
        Matcher startxref = STARTXREF.matcher(latin1(ByteScan.read(file, eof - window, window)));
        return startxref.find() && Long.parseLong(startxref.group(1)) < eof - window + startxref.start();
    }

    /** Bytes as characters one for one, for the patterns above. */
    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
