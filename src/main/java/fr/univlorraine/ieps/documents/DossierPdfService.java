package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The dossier as one PDF: a cover printed from {@code templates/pdf/dossier-cover.html} in the reader's language (the
 * form's answers, the table of contents), then its documents in checklist order.
 */
@ApplicationScoped
public class DossierPdfService {

    @Inject
    DocumentService documents;

    @Inject
    DocumentStorage storage;

    @Inject
    AppClock clock;

    /** The document type that identifies the candidate, left out of blind reading. */
    public static final String IDENTITY_TYPE = "IDENTITE";

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** A line of the cover's table of contents: a document and the page of the dossier where it starts. */
    public record Entry(String title, int firstPage) {}

    /** A piece the dossier's answers do not call for yet, and what it waits for ("employer to be found"). */
    public record NotYet(String title, String note) {}

    @CheckedTemplate(basePath = "pdf", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance dossierCover(Application app, String level, boolean blind, boolean contact,
                List<Entry> documents, List<NotYet> notYet, String generatedAt, String lang);

        static native TemplateInstance partUnavailable(String title, String lang);
    }

    /**
     * What the dossier's PDF is made of, read in the caller's transaction: the files of its documents (the identity
     * document left out in blind reading), and the dossier's rows the cover shows, loaded so that the PDF can then be
     * written outside any transaction.
     */
    public List<DossierPdf.Part> parts(Application app, String lang, boolean blind) {
        app.degrees.size();
        app.experiences.size();
        app.themes.size();
        app.track.campaign.code.length();
        List<DossierPdf.Part> parts = new ArrayList<>();
        for (ApplicationDocument d : documents.files(app)) {
            if (blind && IDENTITY_TYPE.equals(d.type.code)) {
                continue;
            }
            parts.add(new DossierPdf.Part(d.type.label(lang), storage.pathOf(d.storedName), d.kind()));
        }
        return parts;
    }

    /**
     * Writes the dossier's PDF from its {@link #parts} into a new temporary file, deleted again if writing fails; the
     * caller deletes it once used. Needs no transaction: what it reads was read before.
     */
    public Path writeToTemporaryFile(Application app, List<DossierPdf.Part> parts, String lang, boolean blind)
            throws IOException {
        return writeToTemporaryFile(app, parts, lang, blind, !blind);
    }

    /** The same; {@code contact}: whether the cover shows the candidate's contact details (a reviewer's does not). */
    Path writeToTemporaryFile(Application app, List<DossierPdf.Part> parts, String lang, boolean blind, boolean contact)
            throws IOException {
        Path file = Files.createTempFile("ieps-dossier-", ".pdf");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(app, parts, lang, blind, contact, out);
        } catch (IOException | RuntimeException | Error e) {
            TemporaryDownload.deleteQuietly(file);
            throw e;
        }
        return file;
    }

    /** A dossier's PDF in a temporary file (the caller deletes it), and the dossier it was made from. */
    public record Written(Application app, Path file) {
    }

    /**
     * Reads the dossier with {@code read} (which may also record the download) in a short transaction of its own,
     * then writes its PDF outside any transaction: no database connection is held while pages are merged.
     */
    public Written readThenWrite(Supplier<Application> read, String lang, Predicate<Application> blind) throws IOException {
        return readThenWrite(read, lang, blind, true);
    }

    /**
     * The same for a reader who needs no contact details: with {@code contact} false the cover leaves out the
     * candidate's e-mail, phone and postal address (a reviewer scores a project, and never writes to the candidate).
     */
    public Written readThenWrite(Supplier<Application> read, String lang, Predicate<Application> blind, boolean contact)
            throws IOException {
        record Read(Application app, boolean blind, List<DossierPdf.Part> parts) {
        }
        Read r = QuarkusTransaction.requiringNew().call(() -> {
            Application app = read.get();
            boolean hidden = blind.test(app);
            return new Read(app, hidden, parts(app, lang, hidden));
        });
        return new Written(r.app(), writeToTemporaryFile(r.app(), r.parts(), lang, r.blind(), contact && !r.blind()));
    }

    /**
     * Writes the dossier's PDF; {@code blind} (blind review) leaves out who the candidate is: name, birth
     * date, nationality, contact details and the identity document. Call within a transaction.
     */
    public int write(Application app, String lang, boolean blind, OutputStream out) throws IOException {
        return write(app, parts(app, lang, blind), lang, blind, !blind, out);
    }

    /** The dossier of the application with these documents, in this order. */
    int write(Application app, List<DossierPdf.Part> parts, String lang, boolean blind, OutputStream out)
            throws IOException {
        return write(app, parts, lang, blind, !blind, out);
    }

    private int write(Application app, List<DossierPdf.Part> parts, String lang, boolean blind, boolean contact,
            OutputStream out) throws IOException {
        DocumentMessages doc = Localizable.bundle(DocumentMessages.class, lang);
        String level = app.track.level.text(lang);
        String generatedAt = GENERATED.format(clock.nowInParis());
        // read before any page is merged: a short read of the checklist, in the caller's transaction if there is one
        // (a dossier never stored, as the PDF tests print, has nothing stored to read)
        List<NotYet> notYet = app.id == null ? List.of() : QuarkusTransaction.joiningExisting().call(() -> documents.checklist(app).stream()
                .filter(line -> line.notYet() != null && line.document() == null)
                .map(line -> new NotYet(line.type().label(lang), line.notYet().text(lang))).toList());
        DossierPdf.Pages pages = new DossierPdf.Pages() {
            @Override
            public byte[] cover(List<Integer> firstPages) {
                List<Entry> contents = IntStream.range(0, parts.size())
                        .mapToObj(i -> new Entry(parts.get(i).title(), firstPages.get(i))).toList();
                return PdfPrinter.plain(Templates.dossierCover(app, level, blind, contact, contents, notYet, generatedAt, lang), lang);
            }

            @Override
            public byte[] unavailable(DossierPdf.Part part) {
                return PdfPrinter.plain(Templates.partUnavailable(part.title(), lang), lang);
            }
        };
        var description = new DossierPdf.Description(doc.pdf_title(level, app.track.campaign.code),
                app.reference == null ? "" : app.reference, blind ? "" : Texts.join(" ", app.firstName, app.lastName),
                doc.pdf_footer());
        return DossierPdf.write(description, pages, parts, out);
    }
}
