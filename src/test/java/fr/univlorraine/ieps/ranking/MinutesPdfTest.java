package fr.univlorraine.ieps.ranking;

import static fr.univlorraine.ieps.documents.PrintedPdfs.text;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.documents.PrintedPdfs;
import fr.univlorraine.ieps.ranking.MinutesPdf.Change;
import fr.univlorraine.ieps.ranking.MinutesPdf.Conflict;
import fr.univlorraine.ieps.ranking.MinutesPdf.Minutes;
import fr.univlorraine.ieps.ranking.MinutesPdf.Row;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The committee's minutes as printed from their template: contents, pages, fonts, PDF/A. */
@QuarkusTest
class MinutesPdfTest {

    private static final String PROGRAMME = "Master IEPS – Master 1 – campagne 2027-2028";
    private static final String TITLE = "Procès-verbal du comité de sélection — " + PROGRAMME;
    private static final String HELD_ON = "12 juin 2027";
    private static final String GENERATED_AT = "13/06/2027 09:15";
    /** The right margin of the print style sheet (20 mm): nothing may be drawn beyond it. */
    private static final float RIGHT_EDGE = 595.28f - 20 / 25.4f * 72;

    @Test
    void smallMinutesFitOnOnePageWithEverything() throws Exception {
        Minutes minutes = new Minutes(PROGRAMME, HELD_ON,
                List.of("Sébastien Lefèvre (président)", "Françoise Œuvray", "Zoé Bénard"),
                List.of(new Conflict("Zoé Bénard", reference(2), "A encadré le stage « Éducation prioritaire » du candidat")),
                List.of(row(1, false), row(2, false), row(3, true), row(4, false)), 3,
                List.of(new Change("12/06/2027 15:40", "Sébastien Lefèvre", reference(4), 5, 4,
                        "Erreur de saisie corrigée après relecture de l’évaluation")),
                GENERATED_AT);

        byte[] pdf = MinutesPdf.print(minutes, "fr");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(TITLE, document.getDocumentInformation().getTitle());
            String text = text(document, 1, 1);
            // Wrapped cells put line breaks inside the longer texts.
            String flat = text.replaceAll("\\s+", " ");
            for (String expected : List.of("Université de Lorraine", "Master Intervention et Expertise dans les Politiques Sociales (IEPS)",
                    "Procès-verbal du comité de sélection", PROGRAMME, "Réuni le " + HELD_ON,
                    "Sébastien Lefèvre (président)", "Françoise Œuvray", "Zoé Bénard",
                    "A encadré le stage « Éducation prioritaire » du candidat",
                    reference(1), reference(2), reference(3), reference(4),
                    "Fin des 3 places restantes", "Erreur de saisie corrigée après relecture de l’évaluation",
                    "Évaluations", "Écart", "Candidat·e", "14,25", "—", "3 soumise(s), 0 attendue(s)",
                    "Admettre 3 · Attente 0 · Refuser 0", reference(4) + " : rang 5 → 4", "Page 1 / 1",
                    "Établi le " + GENERATED_AT + " (heure de Paris)", "Fait à Metz, le " + HELD_ON,
                    "Signatures des membres du comité")) {
                assertTrue(PrintedPdfs.containsInOrder(flat, expected), () -> "missing «" + expected + "» in:\n" + text);
            }
            assertFalse(text.contains("Néant") || text.contains("Aucun déplacement"), text);
            // The places line comes right after the third row and before the fourth.
            assertTrue(text.indexOf(reference(3)) < text.indexOf("Fin des 3 places")
                    && text.indexOf("Fin des 3 places") < text.indexOf(reference(4)), text);
        }
        PrintedPdfs.assertPdfA2b(pdf, TITLE);
        PrintedPdfs.look(pdf, "minutes-fr");
    }

    @Test
    void namesInEveryScriptArePrintedAsWritten() throws Exception {
        Minutes minutes = new Minutes(PROGRAMME, HELD_ON, List.of("Łucja Dvořák", "Ελένη Παπαδοπούλου"),
                List.of(new Conflict("Łucja Dvořák", reference(2), "Ancienne collègue de محمد au CCAS")),
                List.of(new Row(1, reference(1), "Nguyễn Thị Minh Khai", "16,50", "1,00", 3, 0, 3, 0, 0, false),
                        new Row(2, reference(2), "محمد العلي", "15,25", "0,50", 3, 0, 2, 1, 0, true),
                        new Row(3, reference(3), "Ελένη Ζαχαρίου", "11,00", "2,00", 2, 1, 0, 1, 1, false)),
                2, List.of(), GENERATED_AT);

        byte[] pdf = MinutesPdf.print(minutes, "en");

        PrintedPdfs.assertNamesAsWritten(pdf);
        String text = PrintedPdfs.flatText(pdf);
        assertTrue(text.contains("Minutes of the selection committee") && text.contains("Members present"), text);
        assertTrue(text.contains("Ελένη Παπαδοπούλου") && text.contains("محمد العلي"), text);
        PrintedPdfs.assertPdfA2b(pdf, "Minutes of the selection committee — " + PROGRAMME);
        PrintedPdfs.look(pdf, "minutes-en-unicode");
    }

    @Test
    void emptyListsSayThatNothingWasDeclared() throws Exception {
        Minutes minutes = new Minutes(PROGRAMME, HELD_ON, List.of(), List.of(), List.of(), 19, List.of(), GENERATED_AT);

        byte[] pdf = MinutesPdf.print(minutes, "fr");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = text(document, 1, 1);
            assertEquals(2, occurrences(text, "Néant"), "no member present, no conflict:\n" + text);
            assertTrue(text.contains("Aucun déplacement pour l’instant"), text);
            assertTrue(text.contains("Page 1 / 1"), text);
        }
    }

    @Test
    void longMinutesRunOverSeveralPagesWithTheHeaderRepeated() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int rank = 1; rank <= 300; rank++) {
            rows.add(row(rank, rank == 24));
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            changes.add(new Change("12/06/2027 16:" + String.format("%02d", i % 60), "Zoé Bénard", reference(i), i + 3, i,
                    reason(i, 600)));
        }
        Minutes minutes = new Minutes(PROGRAMME, HELD_ON, List.of("Sébastien Lefèvre", "Zoé Bénard"),
                List.of(new Conflict("Zoé Bénard", reference(7), "Lien familial")), rows, 24, changes, GENERATED_AT);

        byte[] pdf = MinutesPdf.print(minutes, "fr");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int total = document.getNumberOfPages();
            assertTrue(total >= 5, "300 rows and 80 long reasons take several pages, got " + total);

            String all = text(document, 1, total);
            String ranking = all.substring(all.indexOf("Classement arrêté"), all.indexOf("Journal des déplacements"));
            for (int rank = 1; rank <= 300; rank++) {
                assertEquals(1, occurrences(ranking, reference(rank)), reference(rank));
            }
            assertEquals(1, occurrences(ranking, "Fin des 24 places restantes"));
            for (int i = 1; i <= 80; i++) {
                assertTrue(all.contains(String.format("motif#%03d", i)), "reason " + i + " is printed to its end");
            }

            int rankingEnd = firstPageWith(document, "Journal des déplacements");
            for (int page = 1; page <= total; page++) {
                String text = text(document, page, page);
                assertTrue(text.contains("Page " + page + " / " + total), text);
                String rankingPart = page < rankingEnd ? text
                        : page == rankingEnd ? text.substring(0, text.indexOf("Journal des déplacements")) : "";
                if (rankingPart.contains("IEPS-2027-M1-")) {
                    assertTrue(rankingPart.contains("Dossier") && rankingPart.contains("Avis"), "ranking header on page " + page);
                }
                String changePart = page > rankingEnd ? text
                        : page == rankingEnd ? text.substring(text.indexOf("Journal des déplacements")) : "";
                if (changePart.contains("motif#")) {
                    assertTrue(changePart.contains("Raison") && changePart.contains("Déplacement"), "change header on page " + page);
                }
            }
            assertTrue(rankingEnd > 2, "the ranking itself spans pages");
            assertTrue(maxRightEdge(document) <= RIGHT_EDGE + 0.5f, "nothing runs into the right margin");
        }
        PrintedPdfs.assertPdfA2b(pdf, TITLE);
        PrintedPdfs.look(pdf, "minutes-long");
    }

    @Test
    void charactersTheFontLacksNeverBreakTheDocument() throws Exception {
        Minutes minutes = new Minutes("Master IEPS – 王 – 2027 😀", HELD_ON,
                List.of("Łukasz Wałęsa", "王小明 😀", "Antonín Dvořák", "\u200Bzéro\u00ADlargeur\uFEFF"),
                List.of(new Conflict("Łukasz Wałęsa", reference(1), "Ancien étudiant — ≥ 3 ans ∞ 𝔘 \u0007")),
                List.of(new Row(1, reference(1), "王小明 😀 Ŧest", "15,00", "—", 3, 0, 3, 0, 0, true)), 1,
                List.of(new Change("12/06/2027", "Łukasz", reference(1), 2, 1, "Motif ☃ avec « espaces\u00A0insécables »")),
                GENERATED_AT + " 😀");

        byte[] pdf = assertDoesNotThrow(() -> MinutesPdf.print(minutes, "fr"));

        try (PDDocument document = assertDoesNotThrow(() -> Loader.loadPDF(pdf))) {
            String text = text(document, 1, document.getNumberOfPages());
            assertTrue(text.contains("Łukasz Wałęsa"), "Polish letters as written:\n" + text);
            assertTrue(text.contains("Antonín Dvořák"), text);
            assertTrue(text.contains("Ŧest") && text.contains("≥ 3 ans ∞"), text);
            String flat = text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertTrue(flat.contains(reference(1) + " : rang 2 → 1"), text);
            assertTrue(flat.contains("Motif ☃ avec « espaces insécables »"), text);
            assertTrue(text.contains("Master IEPS – \uFFFD – 2027"), "what the font lacks is shown as missing: " + text);
            assertEquals("Procès-verbal du comité de sélection — Master IEPS – 王 – 2027 😀",
                    document.getDocumentInformation().getTitle());
        }
        PrintedPdfs.assertPdfA2b(pdf, "Procès-verbal du comité de sélection — Master IEPS – 王 – 2027 😀");
    }

    @Test
    void aLongUnbrokenWordIsCutToStayInItsColumn() throws Exception {
        String word = "Wolfeschlegelsteinhausenbergerdorff".repeat(4).substring(0, 120);
        Minutes minutes = new Minutes(PROGRAMME, HELD_ON, List.of(word), List.of(new Conflict(word, word, word)),
                List.of(new Row(1, word, word, "12,00", word, 1, 0, 1, 0, 0, false)), 1,
                List.of(new Change(word, word, word, 2, 1, word)), GENERATED_AT);

        byte[] pdf = assertDoesNotThrow(() -> MinutesPdf.print(minutes, "fr"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document, 1, document.getNumberOfPages());
            assertTrue(text.contains(word.substring(0, 12)), text);
            assertTrue(maxRightEdge(document) <= RIGHT_EDGE + 0.5f, "the word is cut before the right margin");
        }
    }

    // ---- fixtures

    private static String reference(int number) {
        return String.format("IEPS-2027-M1-%04d", number);
    }

    private static Row row(int rank, boolean placesLine) {
        return new Row(rank, reference(rank), "Hélène Dupré-Nguyễn n°" + rank, rank % 7 == 0 ? "—" : "14,25",
                rank % 7 == 0 ? "—" : "1,50", 3, 0, rank % 3 == 0 ? 2 : 3, rank % 3 == 0 ? 1 : 0, 0, placesLine);
    }

    /** A French reason of about the given length, ending with a token that tells it was printed to the end. */
    private static String reason(int number, int length) {
        String sentence = "Après délibération, la commission réévalue le dossier à la lumière de l’entretien ; ";
        StringBuilder reason = new StringBuilder();
        while (reason.length() < length - 12) {
            reason.append(sentence);
        }
        reason.setLength(length - 12);
        return reason.toString().strip() + String.format(" motif#%03d.", number);
    }

    private static int firstPageWith(PDDocument document, String needle) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (text(document, page, page).contains(needle)) {
                return page;
            }
        }
        return -1;
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    /** The rightmost point any glyph reaches, over all pages. */
    private static float maxRightEdge(PDDocument document) throws IOException {
        float[] max = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition position : positions) {
                    max[0] = Math.max(max[0], position.getXDirAdj() + position.getWidthDirAdj());
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(document);
        return max[0];
    }
}
