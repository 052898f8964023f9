package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.documents.PdfPrinter;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import java.util.Objects;

/**
 * The procès-verbal of a selection committee meeting, printed from {@code templates/pdf/minutes.html} in the
 * reader's language as PDF/A: who sat, the conflicts of interest declared, the ranking with the line of the places
 * left, every move with its reason, the place, date and signatures. Callers give facts already formatted (dates,
 * scores); the template holds every text.
 */
public final class MinutesPdf {

    public record Conflict(String reviewer, String reference, String reason) {}

    /** score and spread already formatted ("14,25", "—" when none); placesLine on the last row inside the places left. */
    public record Row(int rank, String reference, String candidate, String score, String spread, int submitted,
            int pending, int admit, int waitlist, int reject, boolean placesLine) {}

    public record Change(String when, String who, String reference, int from, int to, String reason) {}

    /** programme e.g. "Master IEPS – Master 1 – campagne 2027-2028"; heldOn and generatedAt already formatted. */
    public record Minutes(String programme, String heldOn, List<String> present, List<Conflict> conflicts,
            List<Row> rows, int placesLeft, List<Change> changes, String generatedAt) {
        public Minutes {
            present = orEmpty(present).stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
            conflicts = orEmpty(conflicts).stream().filter(Objects::nonNull).toList();
            rows = orEmpty(rows).stream().filter(Objects::nonNull).toList();
            changes = orEmpty(changes).stream().filter(Objects::nonNull).toList();
        }
    }

    @CheckedTemplate(basePath = "pdf")
    static class Templates {
        static native TemplateInstance minutes(Minutes minutes, String lang);
    }

    private MinutesPdf() {}

    /** The minutes as a PDF/A-2b document in the given language ("fr" or "en"). */
    public static byte[] print(Minutes minutes, String lang) {
        Objects.requireNonNull(minutes, "minutes");
        return PdfPrinter.archival(Templates.minutes(minutes, lang), lang);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
