package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.documents.PdfPrinter;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import java.util.Objects;

/**
 * The letter of a published decision, printed from {@code templates/pdf/letter.html} in the reader's language as
 * PDF/A (letters are archived): an attestation of admission, or the notice of a refusal with its motive, the right to
 * ask for the detailed motives and the routes of appeal. Callers give facts already formatted; the template holds
 * every text.
 */
public final class DecisionLetterPdf {

    /** What the letter attests. */
    public enum Kind { ADMITTED, ACCEPTED, ENROLLED, REFUSED }

    /**
     * One letter. address: the candidate's postal address, one line each (may be empty); deadline only for an offer
     * awaiting an answer; motive and motiveText only for a refusal (motiveText may be null), with the routes and time
     * limits of appeal, one paragraph each (empty for an admission).
     */
    public record Letter(Kind kind, String candidate, List<String> address, String reference, String level,
            String campaign, String decisionDate, String deadline, String motive, String motiveText, String issuedOn,
            List<String> appeal) {
        public Letter {
            Objects.requireNonNull(kind, "kind");
            address = address == null ? List.of() : address.stream().filter(l -> l != null && !l.isBlank()).toList();
            appeal = appeal == null ? List.of() : List.copyOf(appeal);
        }

        public boolean refusal() {
            return kind == Kind.REFUSED;
        }
    }

    @CheckedTemplate(basePath = "pdf")
    static class Templates {
        static native TemplateInstance letter(Letter letter, String lang);
    }

    private DecisionLetterPdf() {}

    /** The letter as a PDF/A-2b document in the given language ("fr" or "en"). */
    public static byte[] print(Letter letter, String lang) {
        return PdfPrinter.archival(Templates.letter(letter, lang), lang);
    }
}
