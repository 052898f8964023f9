package fr.univlorraine.ieps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-PDF dossier: cover summary, every document in order, images as pages, a footer on every page. */
class DossierPdfTest {

    @TempDir
    Path dir;

    private static DossierPdf.Cover cover(String longText) {
        return new DossierPdf.Cover("Dossier de candidature – Master 1 – 2027-2028", "IEPS-2027-M1-0007", "Camille Lefèvre",
                "Généré le 28/11/2026 10:00", List.of(new DossierPdf.Section("Identité", List.of(
                        new DossierPdf.Field("Nom", "Lefèvre « Œuvre » – l’été"),
                        new DossierPdf.Field("Ville", "Łódź 🎓 北京\tTab\nnouvelle ligne"))),
                new DossierPdf.Section("Projet de recherche", List.of(new DossierPdf.Field("Projet", longText)))),
                "Pièces justificatives", "Master IEPS –");
    }

    @Test
    void coverThenEveryDocumentWithTheExpectedPageCount() throws Exception {
        List<DossierPdf.Part> parts = List.of(
                new DossierPdf.Part("CV", Fixtures.write(dir, "cv.pdf", Fixtures.pdf(2)), FileKind.PDF),
                new DossierPdf.Part("Relevés", Fixtures.write(dir, "releves.pdf", Fixtures.pdf(3)), FileKind.PDF),
                new DossierPdf.Part("Projet", Fixtures.write(dir, "projet.pdf", Fixtures.pdf(5)), FileKind.PDF),
                new DossierPdf.Part("Diplôme", Fixtures.write(dir, "diplome.jpg", Fixtures.jpeg()), FileKind.JPEG),
                new DossierPdf.Part("Identité", Fixtures.write(dir, "id.png", Fixtures.png()), FileKind.PNG));
        var out = new ByteArrayOutputStream();
        int pages = DossierPdf.write(cover("mot ".repeat(1500)), parts, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(pages, pdf.getNumberOfPages());
            int coverPages = pages - (2 + 3 + 5 + 1 + 1);
            assertTrue(coverPages >= 2, "a 6,000-character project flows onto a second cover page: " + coverPages);
            var text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String first = text.getText(pdf);
            assertTrue(first.contains("Dossier de candidature") && first.contains("IEPS-2027-M1-0007") && first.contains("Lefèvre"), first);
            assertTrue(first.contains("« Œuvre »"), "French typography prints: " + first);
            text.setStartPage(pages);
            text.setEndPage(pages);
            assertTrue(text.getText(pdf).contains(pages + " / " + pages), "the footer numbers the last page");
        }
    }

    @Test
    void tenDocumentsOfFivePagesMakeOneDossier() throws Exception {
        List<DossierPdf.Part> parts = new ArrayList<>();
        byte[] fivePages = Fixtures.pdf(5);
        for (int i = 0; i < 10; i++) {
            parts.add(new DossierPdf.Part("Pièce " + i, Fixtures.write(dir, "p" + i + ".pdf", fivePages), FileKind.PDF));
        }
        var out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int pages = DossierPdf.write(cover("court"), parts, out);
        System.out.printf("Dossier of 10 × 5 pages: %d pages in %d ms%n", pages, (System.nanoTime() - start) / 1_000_000);
        assertEquals(1 + 50, pages);
    }
}
