package fr.univlorraine.ieps.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The documents folder: one root (a mounted volume in production), files under generated names in
 * two-letter sub-folders, and a ".incoming" folder for files being written. A backup is a copy of the
 * database plus this folder. Files are streamed, never held whole in memory.
 */
@ApplicationScoped
public class DocumentStorage {

    static final String INCOMING = ".incoming";

    /** A file written in its final place, with what the database records about it. */
    public record StoredFile(String storedName, long size, String sha256) {
    }

    private final Path root;

    DocumentStorage(DocumentsConfig config) {
        this.root = config.dir().toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * Copies the uploaded file into the folder under a new generated name, computing its SHA-256 on the
     * way: first into .incoming, then moved atomically, so a file under its final name is always whole.
     */
    public StoredFile store(Path source) throws IOException {
        String storedName = UUID.randomUUID().toString().replace("-", "");
        Path incoming = Files.createDirectories(root.resolve(INCOMING)).resolve(storedName + ".part");
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                OutputStream out = Files.newOutputStream(incoming)) {
            size = in.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(incoming);
            throw e;
        }
        Path target = pathOf(storedName);
        Files.createDirectories(target.getParent());
        try {
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(incoming, target);
        } catch (IOException e) {
            Files.deleteIfExists(incoming);
            throw e;
        }
        return new StoredFile(storedName, size, HexFormat.of().formatHex(digest.digest()));
    }

    public Path pathOf(String storedName) {
        if (!storedName.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a stored name: " + storedName);
        }
        return root.resolve(storedName.substring(0, 2)).resolve(storedName);
    }

    public boolean exists(String storedName) {
        return Files.isRegularFile(pathOf(storedName));
    }

    public void delete(String storedName) throws IOException {
        Files.deleteIfExists(pathOf(storedName));
    }

    /**
     * Removes the files no row knows (a crash between writing a file and committing its row) and
     * abandoned partial files, older than the grace period so that another instance's upload in
     * progress is never touched. Returns what was removed.
     */
    public List<Path> removeOrphans(Set<String> known, Duration grace) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return removed;
        }
        Instant before = Instant.now().minus(grace);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                boolean orphan = file.getParent().getFileName().toString().equals(INCOMING) || !known.contains(name);
                if (orphan && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                    removed.add(file);
                }
            }
        }
        return removed;
    }

    /** Removes the files of a folder of temporary files older than the grace period (another instance may be writing the younger). */
    static List<Path> removeOlderThan(Path dir, Duration grace) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        Instant before = Instant.now().minus(grace);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                    removed.add(file);
                }
            }
        }
        return removed;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
