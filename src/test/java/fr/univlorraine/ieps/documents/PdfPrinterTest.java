package fr.univlorraine.ieps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The printer alone, without the application: what reaches the XML parser, and a page with Arabic in it. */
class PdfPrinterTest {

    @Test
    void textIsComposedAndLosesOnlyWhatXmlCannotHold() {
        // "ễ" typed as e + circumflex + tilde becomes the one letter the font draws
        assertEquals("<p>Nguyễn</p>", PdfPrinter.xml("<p>Nguye\u0302\u0303n</p>"));
        assertEquals("<p>a\tb\nc d</p>", PdfPrinter.xml("<p>a\tb\nc\u0007\u0000 d\uFFFF\u0085</p>"));
        // a character outside the BMP is kept whole, half a pair is not
        assertEquals("<p>😀x</p>", PdfPrinter.xml("<p>😀\uD83Dx</p>"));
        String clean = "<p>Łucja Dvořák, Ελένη, محمد, \u200D\u200F</p>";
        assertSame(clean, PdfPrinter.xml(clean), "nothing to change, nothing copied");
    }

    @Test
    void anArchivalPageEmbedsItsFontAndShapesArabic() throws Exception {
        byte[] pdf = PdfPrinter.archival("""
                <!DOCTYPE html><html lang="ar"><head><title>اختبار</title>
                <style>html { font-family: "DejaVu Sans"; }</style></head>
                <body><p dir="rtl">محمد</p><p>Łucja Dvořák, Nguyễn Thị Minh Khai, Ελένη</p></body></html>""");

        PrintedPdfs.assertNamesAsWritten(pdf);
        PrintedPdfs.assertPdfA2b(pdf, "اختبار");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("ar", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentInformation().getProducer().contains("Admissions IEPS"));
        }
    }
}
