package fr.univlorraine.ieps.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * The candidates' files, made once per run with PDFBox: valid PDFs of a few pages of text and a scanned-looking
 * image (noise, which does not compress) that brings them to the size asked; each file of the pool differs (its
 * text and its pixels), so that no two candidates send the same bytes unless they draw the same file.
 */
final class RushPdfs {

    private static final String[] TITLES = {"Lettre de motivation", "Projet de recherche", "Curriculum vitae",
        "Relevé de notes", "Diplôme", "Pièce d'identité"};

    private RushPdfs() {
    }

    /** {@code count} different PDFs of about {@code bytes} each. */
    static List<byte[]> pool(int count, int bytes, long seed) throws IOException {
        var pool = new ArrayList<byte[]>(count);
        for (int i = 0; i < count; i++) {
            pool.add(pdf(TITLES[i % TITLES.length] + " n° " + (i + 1), 2 + i % 3, bytes, new Random(seed * 31 + i)));
        }
        return pool;
    }

    private static byte[] pdf(String title, int pages, int bytes, Random random) throws IOException {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 720);
                    content.showText(title + " – page " + p + "/" + pages);
                    for (int line = 0; line < 30; line++) {
                        content.newLineAtOffset(0, -18);
                        content.showText("Ligne " + (line + 1) + " : " + Long.toString(random.nextLong(), 36));
                    }
                    content.endText();
                    if (p == 1 && bytes > 0) {
                        var image = LosslessFactory.createFromImage(document, noise(bytes, random));
                        content.drawImage(image, 72, 72, 200, 200);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage noise(int bytes, Random random) {
        int side = (int) Math.max(8, Math.sqrt(bytes / 3.0));
        var image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }
}
