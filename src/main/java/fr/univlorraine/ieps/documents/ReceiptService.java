package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The acknowledgement of receipt (accusé de réception) of a submitted dossier, printed from
 * {@code templates/pdf/receipt.html} in the reader's language as PDF/A: reference, date and time of the first
 * submission (Paris time) and of the last resubmission if the dossier was sent back and submitted again, track, entry route and every document given, with when it was received.
 */
@ApplicationScoped
public class ReceiptService {

    @Inject
    DocumentService documents;

    @Inject
    AppClock clock;

    @CheckedTemplate(basePath = "pdf")
    static class Templates {
        static native TemplateInstance receipt(Application app, String level, List<ApplicationDocument> documents,
                Instant issuedAt, String lang);
    }

    /** The receipt of the dossier (already checked to be the reader's), or nothing while it was never submitted. */
    public Optional<byte[]> receipt(Application app, String lang) {
        if (app.submittedAt == null || app.reference == null) {
            return Optional.empty();
        }
        String level = app.track.level.text(lang);
        return Optional.of(PdfPrinter.archival(Templates.receipt(app, level, documents.given(app), clock.now(), lang), lang));
    }
}
