package fr.univlorraine.ieps.ranking;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.ranking.MinutesPdf.Change;
import fr.univlorraine.ieps.ranking.MinutesPdf.Conflict;
import fr.univlorraine.ieps.ranking.MinutesPdf.Labels;
import fr.univlorraine.ieps.ranking.MinutesPdf.Minutes;
import fr.univlorraine.ieps.ranking.MinutesPdf.Row;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class MinutesPdfTest {

    private static final String PROGRAMME = "Master IEPS – M1 – campagne 2027-2028";
    private static final String HELD_ON = "12 juin 2027";
    private static final String GENERATED_AT = "13/06/2027 à 09:15";
    /** Right margin of the renderer: nothing may be drawn beyond it. */
    private static final float RIGHT_EDGE = 595.28f - 50;

    @Test
    void smallMinutesFitOnOnePageWithEverything() throws Exception {
        Minutes minutes = new Minutes(PROGRAMME, HELD_ON,
                List.of("Sébastien Lefèvre (président)", "Françoise Œuvray", "Zoé Bénard"),
                List.of(new Conflict("Zoé Bénard", reference(2), "A encadré le stage « Éducation prioritaire » du candidat")),
                List.of(row(1, false), row(2, false), row(3, true), row(4, false)),
                List.of(new Change("12/06/2027 15:40", "Sébastien Lefèvre", reference(4) + " : 5 → 4",
                        "Erreur de saisie corrigée après relecture de l’évaluation")),
                GENERATED_AT, labels());

        Written written = write(minutes);

        assertEquals(1, written.pages());
        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals("Procès-verbal de la commission de sélection — " + PROGRAMME,
                    document.getDocumentInformation().getTitle());
            String text = text(document, 1, 1);
            // Wrapped cells put line breaks inside the longer texts.
            String flat = text.replaceAll("\\s+", " ");
            for (String expected : List.of("Procès-verbal de la commission de sélection", PROGRAMME, HELD_ON,
                    "Sébastien Lefèvre (président)", "Françoise Œuvray", "Zoé Bénard",
                    "A encadré le stage « Éducation prioritaire » du candidat",
                    reference(1), reference(2), reference(3), reference(4),
                    "Limite des places disponibles (3 places)", "Erreur de saisie corrigée après relecture de l’évaluation",
                    "Évaluations", "Écart", "Candidat·e", "14,25", "—", "Page 1 / 1",
                    "Document généré le " + GENERATED_AT)) {
                assertTrue(flat.contains(expected), () -> "missing «" + expected + "» in:\n" + text);
            }
            assertTrue(text.contains("5 → 4"), "the arrow is drawn with the Symbol font, not replaced:\n" + text);
            assertTrue(!text.contains("Néant") && !text.contains("Aucune modification"), text);
            // The places line comes right after the third row and before the fourth.
            assertTrue(text.indexOf(reference(3)) < text.indexOf("Limite des places")
                    && text.indexOf("Limite des places") < text.indexOf(reference(4)), text);
        }
    }

    @Test
    void emptyListsSayThatNothingWasDeclared() throws Exception {
        Minutes minutes = new Minutes(PROGRAMME, HELD_ON, List.of(), List.of(), List.of(), List.of(), GENERATED_AT,
                labels());

        Written written = write(minutes);

        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            assertEquals(1, written.pages());
            String text = text(document, 1, 1);
            assertEquals(2, occurrences(text, "Néant"), "no member present, no conflict:\n" + text);
            assertTrue(text.contains("Aucune modification du classement"), text);
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
            changes.add(new Change("12/06/2027 16:" + String.format("%02d", i % 60), "Zoé Bénard",
                    reference(i) + " : " + (i + 3) + " → " + i, reason(i, 600)));
        }
        Minutes minutes = new Minutes(PROGRAMME, HELD_ON, List.of("Sébastien Lefèvre", "Zoé Bénard"),
                List.of(new Conflict("Zoé Bénard", reference(7), "Lien familial")), rows, changes, GENERATED_AT,
                labels());

        Written written = write(minutes);

        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            int total = document.getNumberOfPages();
            assertEquals(total, written.pages());
            assertTrue(total >= 5, "300 rows and 80 long reasons take several pages, got " + total);

            String all = text(document, 1, total);
            String ranking = all.substring(all.indexOf("Classement"), all.indexOf("Journal des modifications du classement"));
            for (int rank = 1; rank <= 300; rank++) {
                assertEquals(1, occurrences(ranking, reference(rank)), reference(rank));
            }
            assertEquals(1, occurrences(ranking, "Limite des places disponibles"));
            for (int i = 1; i <= 80; i++) {
                assertTrue(all.contains(String.format("motif#%03d", i)), "reason " + i + " is printed to its end");
            }

            int rankingEnd = firstPageWith(document, "Journal des modifications du classement");
            for (int page = 1; page <= total; page++) {
                String text = text(document, page, page);
                assertTrue(text.contains("Page " + page + " / " + total), text);
                String rankingPart = page < rankingEnd ? text
                        : page == rankingEnd ? text.substring(0, text.indexOf("Journal des modifications")) : "";
                if (rankingPart.contains("IEPS-2027-M1-")) {
                    assertTrue(rankingPart.contains("Référence") && rankingPart.contains("Recommandations"),
                            "ranking header on page " + page);
                }
                if (page >= rankingEnd) {
                    assertTrue(text.contains("Motif") && text.contains("Modification"), "change header on page " + page);
                }
            }
            assertTrue(rankingEnd > 2, "the ranking itself spans pages");
            assertTrue(text(document, total, total).contains("Page " + total + " / " + total));
            assertTrue(maxRightEdge(document) <= RIGHT_EDGE + 0.5f, "nothing runs into the right margin");
        }
    }

    @Test
    void charactersOutsideWinAnsiNeverBreakTheDocument() throws Exception {
        Minutes minutes = new Minutes("Master IEPS – 王 – 2027 😀", HELD_ON,
                List.of("Łukasz Wałęsa", "王小明 😀", "Antonín Dvořák", "\u200Bzéro\u00ADlargeur\uFEFF"),
                List.of(new Conflict("Łukasz Wałęsa", reference(1), "Ancien étudiant — ≥ 3 ans ∞ 𝔘 \u0007")),
                List.of(new Row(1, reference(1), "王小明 😀 Ŧest", "15,00", "—", "3 / 3", "Admission 👍", true)),
                List.of(new Change("12/06/2027", "Łukasz", reference(1) + " : 2 → 1", "Motif ☃ avec « espaces\u00A0insécables »")),
                GENERATED_AT + " 😀", labels());

        Written written = assertDoesNotThrow(() -> write(minutes));

        try (PDDocument document = assertDoesNotThrow(() -> Loader.loadPDF(written.bytes()))) {
            String text = text(document, 1, document.getNumberOfPages());
            assertTrue(text.contains("Lukasz Walesa"), text);
            assertTrue(text.contains("Antonín Dvorák"), text);
            assertTrue(text.contains("? ?"), "CJK and emoji become question marks:\n" + text);
            assertTrue(text.contains("zérolargeur"), "invisible characters disappear:\n" + text);
            assertTrue(text.contains(reference(1)), text);
            assertEquals("Procès-verbal de la commission de sélection — Master IEPS – 王 – 2027 😀",
                    document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aLongUnbrokenWordIsCutToStayInItsColumn() throws Exception {
        String word = "Wolfeschlegelsteinhausenbergerdorff".repeat(4).substring(0, 120);
        Minutes minutes = new Minutes(PROGRAMME, HELD_ON, List.of(word), List.of(new Conflict(word, word, word)),
                List.of(new Row(1, word, word, "12,00", word, word, word, false)),
                List.of(new Change(word, word, word, word)), GENERATED_AT, labels());

        Written written = assertDoesNotThrow(() -> write(minutes));

        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            String text = text(document, 1, document.getNumberOfPages());
            assertTrue(text.contains(word.substring(0, 12)), text);
            assertTrue(maxRightEdge(document) <= RIGHT_EDGE + 0.5f, "the word is cut before the right margin");
        }
    }

    // ---- fixtures

    private static Labels labels() {
        return new Labels("Procès-verbal de la commission de sélection", "Séance du", "Membres présents", "Néant",
                "Conflits d’intérêts déclarés", "Classement", "Rang", "Référence", "Candidat·e", "Note", "Écart",
                "Évaluations", "Recommandations", "Limite des places disponibles (3 places)",
                "Journal des modifications du classement", "Aucune modification du classement", "Date", "Auteur",
                "Modification", "Motif", "Page %d / %d", "Document généré le %s");
    }

    private static String reference(int number) {
        return String.format("IEPS-2027-M1-%04d", number);
    }

    private static Row row(int rank, boolean placesLine) {
        return new Row(rank, reference(rank), "Hélène Dupré-Nguyễn n°" + rank, rank % 7 == 0 ? "—" : "14,25",
                rank % 7 == 0 ? "—" : "1,50", "3 / 3",
                rank % 3 == 0 ? "Admission (2), liste complémentaire (1)" : "Admission (3)", placesLine);
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

    private record Written(byte[] bytes, int pages) {}

    private static Written write(Minutes minutes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = MinutesPdf.write(minutes, out);
        return new Written(out.toByteArray(), pages);
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
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
