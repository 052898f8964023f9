package fr.univlorraine.ieps.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Raw bytes read and matched, for the checks made on an upload before any parser is trusted with it. */
final class ByteScan {

    private static final int CHUNK = 64 * 1024;

    private ByteScan() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code length} bytes of the file from {@code offset}, fewer where the file ends first. */
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

    /** Whether the pattern stands in the data at {@code at}. */
    static boolean matches(byte[] data, int at, byte[] pattern) {
        return at >= 0 && at + pattern.length <= data.length
                && Arrays.equals(data, at, at + pattern.length, pattern, 0, pattern.length);
    }

    /** Where the pattern first stands within the first {@code length} bytes of the data; -1 if nowhere. */
    static int indexOf(byte[] data, int length, byte[] pattern) {
        for (int i = 0; i <= length - pattern.length; i++) {
            if (matches(data, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the bytes occur in the file, read in chunks that overlap by the pattern's length. */
    static boolean contains(Path file, byte[] pattern) throws IOException {
        byte[] buffer = new byte[CHUNK + pattern.length];
        int kept = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.readNBytes(buffer, kept, buffer.length - kept)) > 0) {
                int length = kept + read;
                if (indexOf(buffer, length, pattern) >= 0) {
                    return true;
                }
                kept = Math.min(pattern.length - 1, length);
                System.arraycopy(buffer, length - kept, buffer, 0, kept);
            }
        }
        return false;
    }
}
