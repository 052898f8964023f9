package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.documents.PdfPrinter;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The records of processing printed from {@code templates/pdf/records.html} as PDF/A, in the reader's language. */
public final class RecordsPdf {

    @CheckedTemplate(basePath = "pdf")
    static class Templates {
        static native TemplateInstance records(Records records, String lang);
    }

    private RecordsPdf() {
    }

    public static byte[] print(Records records, String lang) {
        return PdfPrinter.archival(Templates.records(records, lang), lang);
    }
}
