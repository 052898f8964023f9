package fr.univlorraine.ieps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Photos of one piece made into one PDF: a page per photo, in the order sent. */
class PhotoPdfTest {

    /** A photo recognisable by its size once in the PDF. */
    static byte[] photo(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x0B4F6C));
        g.fillRect(10, 10, width / 2, height / 2);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The width in pixels of the image drawn on each page, in page order. */
    static List<Integer> imageWidths(PDDocument pdf) throws IOException {
        List<Integer> widths = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    widths.add(image.getWidth());
                }
            }
        }
        return widths;
    }

    @Test
    void everyPhotoIsAPageInTheOrderSent() throws Exception {
        Path dir = Files.createTempDirectory("photos");
        Path front = Files.write(dir.resolve("recto.jpg"), photo(640, 400, "jpg"));
        Path back = Files.write(dir.resolve("verso.png"), photo(300, 420, "png"));
        Path third = Files.write(dir.resolve("page3.jpg"), photo(500, 700, "jpg"));
        Path pdf = PhotoPdf.combine(List.of(front, back, third), List.of(FileKind.JPEG, FileKind.PNG, FileKind.JPEG));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3, document.getNumberOfPages());
            assertEquals(List.of(640, 300, 500), imageWidths(document));
            // a wide photo gets a landscape page, a tall one a portrait page
            assertEquals(true, document.getPage(0).getMediaBox().getWidth() > document.getPage(0).getMediaBox().getHeight());
            assertEquals(true, document.getPage(1).getMediaBox().getWidth() < document.getPage(1).getMediaBox().getHeight());
        } finally {
            Files.deleteIfExists(pdf);
        }
        // the other order gives the other pages
        Path reversed = PhotoPdf.combine(List.of(third, back, front), List.of(FileKind.JPEG, FileKind.PNG, FileKind.JPEG));
        try (PDDocument document = Loader.loadPDF(reversed.toFile())) {
            assertEquals(List.of(500, 300, 640), imageWidths(document));
        } finally {
            Files.deleteIfExists(reversed);
        }
    }
}
