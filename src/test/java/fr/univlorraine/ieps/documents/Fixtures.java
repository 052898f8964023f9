package fr.univlorraine.ieps.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Files the document tests build themselves: good ones, and every kind of bad one. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] pdf(int pages) throws IOException {
        return pdf(pages, 0);
    }

    /** A PDF of N pages with some text, padded with an uncompressed stream to reach about {@code minBytes}. */
    public static byte[] pdf(int pages, int minBytes) throws IOException {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.newLineAtOffset(72, 700);
                    content.showText("Relevé de notes – page " + i);
                    content.endText();
                    if (minBytes > 0 && i == 1) {
                        // filler drawn off-page: makes a realistic heavy PDF (scans are large)
                        var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, noise(minBytes));
                        content.drawImage(image, 0, 0, 1, 1);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage noise(int bytes) {
        int side = (int) Math.max(8, Math.sqrt(bytes / 3.0));
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        var random = new java.util.Random(7);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] pdfWithJavaScript() throws IOException {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] truncated(byte[] whole) {
        return Arrays.copyOf(whole, whole.length * 6 / 10);
    }

    public static byte[] jpeg() throws IOException {
        return image("jpg");
    }

    public static byte[] png() throws IOException {
        return image("png");
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(new Color(0x0B4F6C));
        g.fillRect(40, 40, 200, 120);
        g.drawString("Carte d'identité", 60, 220);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A PNG that declares 20000 × 20000 pixels: a decompression bomb if anyone decoded it. */
    public static byte[] hugePng() throws IOException {
        var out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(20000).putInt(20000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static byte[] windowsExecutable() {
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    public static byte[] elf() {
        byte[] elf = new byte[512];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        return elf;
    }

    public static byte[] shellScript() {
        return "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] zip() {
        byte[] zip = new byte[256];
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        return zip;
    }

    /** 100 bytes of something else, then a PDF: the classic polyglot. */
    public static byte[] polyglot() throws IOException {
        var out = new ByteArrayOutputStream();
        out.write("GIF89a".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[94]);
        out.write(pdf(1));
        return out.toByteArray();
    }

    public static Path write(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

}
