package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.Degree;
import fr.univlorraine.ieps.application.Experience;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.web.FormMessages;
import fr.univlorraine.ieps.web.Messages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The dossier as one PDF: the form's summary in the reader's language, then its documents in checklist order. */
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

    /**
     * Writes the dossier's PDF into a new temporary file, deleted again if writing fails; the caller
     * deletes it once used. Call within a transaction (reads the dossier and its documents).
     */
    public Path writeToTemporaryFile(Application app, String lang, boolean blind) throws IOException {
        Path file = Files.createTempFile("ieps-dossier-", ".pdf");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(app, lang, blind, out);
        } catch (IOException | RuntimeException | Error e) {
            TemporaryDownload.deleteQuietly(file);
            throw e;
        }
        return file;
    }

    /** Writes the dossier's PDF; call within a transaction (reads the dossier and its documents). */
    public int write(Application app, String lang, OutputStream out) throws IOException {
        return write(app, lang, false, out);
    }

    /**
     * Writes the dossier's PDF; {@code blind} (blind review) leaves out who the candidate is: name, birth
     * date, nationality, contact details and the identity document.
     */
    public int write(Application app, String lang, boolean blind, OutputStream out) throws IOException {
        FormMessages form = MessageBundles.get(FormMessages.class, Localized.Literal.of(lang));
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(lang));
        DocumentMessages doc = MessageBundles.get(DocumentMessages.class, Localized.Literal.of(lang));
        String level = "M1".equals(app.track.level.name()) ? msg.level_M1() : msg.level_M2();
        List<DossierPdf.Section> sections = new ArrayList<>();
        if (!blind) {
            sections.add(new DossierPdf.Section(form.section_identity(), List.of(
                    new DossierPdf.Field(form.label_firstName(), app.firstName),
                    new DossierPdf.Field(form.label_lastName(), app.lastName),
                    new DossierPdf.Field(form.label_birthDate(), app.birthDate == null ? "" : app.birthDate.toString()),
                    new DossierPdf.Field(form.label_nationality(), app.nationality),
                    new DossierPdf.Field(form.label_email(), app.email),
                    new DossierPdf.Field(form.label_phone(), app.phone),
                    new DossierPdf.Field(form.label_address(), join(app.address, app.postalCode, app.city, app.country)))));
        }
        sections.add(new DossierPdf.Section(form.section_route(), List.of(
                new DossierPdf.Field(form.label_entryRoute(), app.entryRoute.name() + (app.vap ? " + VAP" : "")))));
        List<DossierPdf.Field> degrees = new ArrayList<>();
        for (Degree d : app.degrees) {
            degrees.add(new DossierPdf.Field(form.label_degreeTitle(), join(d.title, d.institution,
                    d.year == null ? null : d.year.toString(), d.grade)));
        }
        sections.add(new DossierPdf.Section(form.section_degrees(), degrees));
        List<DossierPdf.Field> experiences = new ArrayList<>();
        for (Experience e : app.experiences) {
            experiences.add(new DossierPdf.Field(form.label_expJobTitle(), join(e.jobTitle, e.organisation,
                    e.startYear == null ? null : e.startYear + (e.endYear == null ? "" : "–" + e.endYear), e.description)));
        }
        sections.add(new DossierPdf.Section(form.section_experience(), experiences));
        sections.add(new DossierPdf.Section(form.section_project(), List.of(
                new DossierPdf.Field(form.label_professionalProject(), app.professionalProject))));
        sections.add(new DossierPdf.Section(form.section_research(), List.of(
                new DossierPdf.Field(form.label_researchProject(), app.researchProject),
                new DossierPdf.Field(form.label_themes(), app.themes.stream().map(Enum::name).collect(Collectors.joining(", "))))));
        if (app.employerName != null) {
            sections.add(new DossierPdf.Section(form.section_employer(), List.of(
                    new DossierPdf.Field(form.label_employerName(), app.employerName))));
        }
        List<DossierPdf.Part> parts = new ArrayList<>();
        for (ApplicationDocument d : documents.files(app)) {
            if (blind && IDENTITY_TYPE.equals(d.type.code)) {
                continue;
            }
            parts.add(new DossierPdf.Part(d.type.label(lang), storage.pathOf(d.storedName), d.kind()));
        }
        String generated = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(clock.nowInParis());
        var cover = new DossierPdf.Cover(doc.pdf_title(level, app.track.campaign.code), app.reference == null ? "" : app.reference,
                blind ? "" : join(app.firstName, app.lastName), doc.pdf_generated(generated), sections, doc.pieces_title(), doc.pdf_footer(),
                doc.pdf_part_unavailable());
        return DossierPdf.write(cover, parts, out);
    }

    private static String join(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(", "));
    }
}
