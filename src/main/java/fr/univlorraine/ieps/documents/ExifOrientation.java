package fr.univlorraine.ieps.documents;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the EXIF orientation of a JPEG; anything unexpected means "as stored". */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF = ByteScan.ascii("Exif\0\0");

    private ExifOrientation() {}

    /** 0 to 3 quarter turns clockwise to show the photo upright (mirrored variants are ignored). */
    static int clockwiseQuarterTurns(Path jpeg) {
        return switch (orientation(jpeg)) {
            case 3, 4 -> 2;
            case 5, 6 -> 1;
            case 7, 8 -> 3;
            default -> 0;
        };
    }

    private static int orientation(Path jpeg) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(jpeg)))) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return 1;
            }
            while (true) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                    return 1; // EXIF always comes before the image data
                }
                int length = in.readUnsignedShort();
                if (length < 2) {
                    return 1;
                }
                if (marker == 0xFFE1) {
                    int found = fromApp1(in.readNBytes(length - 2));
                    if (found > 0) {
                        return found;
                    }
                } else {
                    in.skipNBytes(length - 2);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** 0 when the segment is not EXIF (XMP also uses APP1). */
    private static int fromApp1(byte[] segment) {
        if (segment.length < EXIF.length + 8 || !ByteScan.matches(segment, 0, EXIF)) {
            return 0;
        }
        ByteBuffer tiff = ByteBuffer.wrap(segment, EXIF.length, segment.length - EXIF.length).slice();
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }
}
