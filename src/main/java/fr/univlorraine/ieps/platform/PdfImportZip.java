package fr.univlorraine.ieps.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A ZIP received from the staff, read from disk entry by entry: its directory only is read at first (the count of
 * entries is checked before anything is unpacked), and each file is unpacked on its own to a temporary file, never
 * into memory, and never past what it may hold. A file may unpack to at most {@code maxRatio} times its compressed
 * size (1 MiB at least) and to at most the piece's size; the whole ZIP to at most {@code maxRatio} times its own
 * size: past these, the bytes are not read further (a ZIP bomb's).
 */
final class PdfImportZip implements AutoCloseable {

    private static final long SMALLEST_BUDGET = 1024 * 1024;
    private static final Charset OLD_WINDOWS_NAMES = Charset.forName("IBM437");

    /** A file of the ZIP; {@code nested} when it sits in a folder or its path leaves the ZIP. */
    record Entry(ZipEntry zipEntry, String name, boolean nested) {
    }

    /** A file unpacked to {@code file} with its SHA-256, or the problem that stopped it (no file then). */
    record Unpacked(Path file, String sha256, PdfImportProblem problem) {
    }

    private final ZipFile zip;
    private final int maxRatio;
    private final long maxBytes;
    private final long wholeBudget;
    private long unpacked;

    private PdfImportZip(ZipFile zip, int maxRatio, long maxBytes, long zipBytes) {
        this.zip = zip;
        this.maxRatio = maxRatio;
        this.maxBytes = maxBytes;
        this.wholeBudget = Math.max(SMALLEST_BUDGET, zipBytes) * maxRatio;
    }

    /** Opens the ZIP and checks its directory: not a ZIP, or too many entries, refuses it whole. */
    static PdfImportZip open(Path file, int maxEntries, int maxRatio, long maxBytes) throws PdfImportService.ZipRefused,
            IOException {
        ZipFile zip = openWith(file, StandardCharsets.UTF_8);
        if (zip == null) {
            // names written by old Windows tools, in the DOS code page rather than UTF-8
            zip = openWith(file, OLD_WINDOWS_NAMES);
        }
        if (zip == null) {
            throw new PdfImportService.ZipRefused(PdfImportError.NOT_A_ZIP);
        }
        if (zip.size() > maxEntries) {
            zip.close();
            throw new PdfImportService.ZipRefused(PdfImportError.TOO_MANY_ENTRIES);
        }
        return new PdfImportZip(zip, maxRatio, maxBytes, Files.size(file));
    }

    private static ZipFile openWith(Path file, Charset names) {
        try {
            ZipFile zip = new ZipFile(file.toFile(), names);
            // a name that does not decode throws only when the entries are listed
            zip.stream().forEach(ZipEntry::getName);
            return zip;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The files in the ZIP's order; folders are skipped (their files are listed as nested). */
    List<Entry> files() {
        return zip.stream().filter(e -> !e.isDirectory()).map(e -> new Entry(e, e.getName(), nested(e.getName()))).toList();
    }

    private static boolean nested(String name) {
        return name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":") || name.isBlank();
    }

    /** Unpacks the file to a temporary file the caller deletes, within the limits; never a partial file. */
    Unpacked unpack(Entry entry) throws IOException {
        if (unpacked >= wholeBudget) {
            return new Unpacked(null, null, PdfImportProblem.ZIP_BOMB);
        }
        long compressed = Math.max(0, entry.zipEntry().getCompressedSize());
        long bombLimit = Math.min(wholeBudget - unpacked, Math.max(SMALLEST_BUDGET, compressed * maxRatio));
        long limit = Math.min(maxBytes, bombLimit);
        Path file = Files.createTempFile("ieps-platform-", ".pdf");
        MessageDigest digest = sha256();
        long written = 0;
        boolean over = false;
        try (InputStream in = zip.getInputStream(entry.zipEntry());
                OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (written + read > limit) {
                    over = true;
                    written += read;
                    break;
                }
                out.write(buffer, 0, read);
                written += read;
            }
        } catch (ZipException | RuntimeException e) {
            Files.deleteIfExists(file);
            return new Unpacked(null, null, PdfImportProblem.UNREADABLE);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            // java.util.zip reports a damaged entry as a plain IOException ("invalid stored block lengths"...)
            if (e.getClass() == IOException.class || e instanceof java.io.EOFException) {
                return new Unpacked(null, null, PdfImportProblem.UNREADABLE);
            }
            throw e;
        }
        unpacked += Math.min(written, limit);
        if (over) {
            Files.deleteIfExists(file);
            return new Unpacked(null, null, maxBytes <= bombLimit ? PdfImportProblem.TOO_LARGE
                    : PdfImportProblem.ZIP_BOMB);
        }
        return new Unpacked(file, HexFormat.of().formatHex(digest.digest()), null);
    }

    /** The entry's name for display: no control or invisible characters, a sane length. */
    static String shownName(String name) {
        String shown = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (shown.isEmpty()) {
            return "?";
        }
        return shown.length() > 200 ? shown.substring(0, 199) + "…" : shown;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
