package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.TestIds;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationForms;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.notification.MailOutbox;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The secretariat checks a dossier: validates or refuses each document, sends it back, gets it complete. */
@QuarkusTest
class SecretariatResourceTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    DocumentService documents;

    @Inject
    DocumentUploads uploads;

    @Inject
    ApplicationService applications;

    @Inject
    CompletenessService completeness;

    @Inject
    MockMailbox mailbox;

    @Inject
    MailOutbox outbox;

    @Inject
    DocumentStorage storage;

    @Inject
    DossierPdfService pdf;

    @Inject
    ReceiptService receipts;

    @Inject
    fr.univlorraine.ieps.export.ExportRows exports;

    MutableClock clock;

    @BeforeEach
    void openCampaign() {
        clock = Campaigns.openOne();
        outbox.sendDue();
        mailbox.clear();
    }

    /** A dossier submitted by its candidate with every required document. */
    Long submitted(String subject) throws Exception {
        Long id = CandidateDocumentResourceTest.draftOf(subject, EntryRoute.INITIALE);
        Path pdf = Files.write(Files.createTempFile("sec", ".pdf"), Fixtures.pdf(2));
        for (var line : QuarkusTransaction.requiringNew().call(() -> documents.checklist(Application.findById(id)))) {
            if (line.required()) {
                uploads.upload(id, subject, line.type().code, pdf, line.type().code.toLowerCase() + ".pdf");
            }
        }
        resubmit(id, subject);
        return id;
    }

    void resubmit(Long id, String subject) {
        var params = new MultivaluedHashMap<String, String>();
        Application app = QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
        params.add("version", String.valueOf(app.version));
        params.add("entryRoute", "INITIALE");
        for (String[] kv : new String[][] {{"civility", "MME"}, {"firstName", "Inès"}, {"lastName", "Haddad"},
                {"birthDate", "2001-03-02"}, {"nationality", "française"}, {"email", subject + "@example.fr"},
                {"phone", "0601020304"}, {"address", "1 rue des Clercs"}, {"postalCode", "57000"}, {"city", "Metz"},
                {"country", "France"}, {"degreeTitle", "Licence de sociologie"}, {"degreeInstitution", "Université de Lorraine"},
                {"degreeYear", "2025"}, {"professionalProject", "x".repeat(250)}, {"researchProject", "y".repeat(250)},
                {"themes", "ACCESS_TO_RIGHTS"}, {"declarationAccuracy", "on"}, {"declarationPrivacy", "on"}}) {
            params.add(kv[0], kv[1]);
        }
        var outcome = fr.univlorraine.ieps.application.Submissions.submit(id, new ActorRef(subject, subject, Actor.CANDIDATE), ApplicationForms.bind(params));
        assertTrue(outcome.ok(), () -> outcome.errors().all().toString());
    }

    private RequestSpecification post(String page) {
        var response = given().get(page);
        Matcher token = CSRF_INPUT.matcher(response.asString());
        assertTrue(token.find(), "no form on " + page);
        return given().redirects().follow(false).formParam("csrf-token", token.group(1));
    }

    /** The day {@code days} after the test clock's today, as the date field sends it. */
    private String inDays(int days) {
        return clock.nowInParis().toLocalDate().plusDays(days).toString();
    }

    private static ApplicationDocument doc(Long documentId) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.<ApplicationDocument>findById(documentId));
    }

    private static Application reload(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
    }

    private static List<ApplicationDocument> docs(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.of(Application.<Application>findById(id)));
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void incompleteThenResubmittedThenComplete() throws Exception {
        Long id = submitted("loop-candidate");
        String page = "/secretariat/dossiers/" + id;
        given().get("/secretariat").then().statusCode(200).body(containsString(reload(id).reference), containsString("Haddad"));
        given().get(page).then().statusCode(200).body(containsString("Valider la pièce"), containsString("Refuser la pièce"));

        ApplicationDocument cv = docs(id).stream().filter(d -> d.type.code.equals("CV")).findFirst().orElseThrow();
        // marking complete needs every piece checked; a refusal needs a reason
        post(page).post(page + "/complet").then().statusCode(409).body(containsString("doit être vérifiée"));
        post(page).formParam("decision", "refuser").formParam("reason", " ").post(page + "/pieces/" + cv.id).then().statusCode(400)
                .body(containsString("Indiquez le motif"));
        post(page).formParam("decision", "refuser").formParam("reason", "x".repeat(1001)).post(page + "/pieces/" + cv.id)
                .then().statusCode(400).body(containsString("1 000 caractères au maximum"));
        post(page).formParam("message", "x".repeat(1001)).post(page + "/incomplet").then().statusCode(409)
                .body(containsString("1 000 caractères au maximum"));
        assertEquals(ApplicationStatus.SUBMITTED, reload(id).status, "nothing changed");
        assertEquals(DocumentStatus.PENDING, docs(id).stream().filter(d -> d.id.equals(cv.id)).findFirst().orElseThrow().status);
        post(page).formParam("decision", "refuser").formParam("reason", "CV illisible : scan flou")
                .post(page + "/pieces/" + cv.id).then().statusCode(303);
        post(page).formParam("message", "Merci de renvoyer un CV lisible.").formParam("deadline", inDays(10))
                .post(page + "/incomplet").then().statusCode(303);

        Application sentBack = reload(id);
        assertEquals(ApplicationStatus.INCOMPLETE, sentBack.status);
        assertNotNull(sentBack.completionDeadline);
        outbox.sendDue();
        assertTrue(mailbox.getMailsSentTo("loop-candidate@example.fr").stream()
                .anyMatch(m -> m.getSubject().contains("à compléter")), "the candidate is told by mail");

        // the candidate sees the refused piece and its reason, replaces it and resubmits
        Path better = Files.write(Files.createTempFile("cv2", ".pdf"), Fixtures.pdf(1));
        uploads.upload(id, "loop-candidate", "CV", better, "cv-lisible.pdf");
        resubmit(id, "loop-candidate");
        assertEquals(ApplicationStatus.SUBMITTED, reload(id).status);

        for (ApplicationDocument d : docs(id)) {
            if (d.status != DocumentStatus.VALIDATED) {
                post(page).formParam("decision", "valider").post(page + "/pieces/" + d.id).then().statusCode(303);
            }
        }
        post(page).post(page + "/complet").then().statusCode(303);
        assertEquals(ApplicationStatus.COMPLETE, reload(id).status);
        given().get(page).then().statusCode(200).body(containsString("Merci de renvoyer un CV lisible."))
                .body(containsString("Historique des pièces"), containsString("CV illisible : scan flou"), containsString("cv-lisible.pdf"))
                .body(not(containsString("Valider la pièce")))
                // the candidate's uploads and resubmission are theirs, not the reader's
                .body(containsString("(candidat, "), not(containsString("(vous")));
        given().cookie("ieps-lang", "en").get(page).then().statusCode(200)
                .body(containsString("(candidate, "), not(containsString("(you")));
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void theSecretariatSeesHowAContinuingEducationIsFunded() throws Exception {
        Long id = submitted("funded-candidate");
        given().get("/secretariat/dossiers/" + id).then().statusCode(200).body(not(containsString("Financement de la formation")));
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            app.entryRoute = EntryRoute.CONTINUE;
            app.funding = fr.univlorraine.ieps.application.Funding.TRANSITIONS_PRO;
        });
        given().get("/secretariat/dossiers/" + id).then().statusCode(200)
                .body(containsString("<dt>Financement de la formation</dt><dd>Transitions Pro (projet de transition professionnelle)</dd>"));
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void resubmissionAfterTheCompletionDeadlineIsRefused() throws Exception {
        Long id = submitted("late-completer");
        ApplicationDocument cv = docs(id).get(0);
        ActorRef staff = new ActorRef("scolarite", "Scolarité", Actor.SECRETARIAT);
        completeness.refuse(id, cv.id, staff, "Illisible");
        completeness.markIncomplete(id, staff, null);
        clock.set(reload(id).completionDeadline.plusSeconds(1));
        var error = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> resubmit(id, "late-completer"));
        assertEquals(fr.univlorraine.ieps.application.ApplicationError.COMPLETION_CLOSED, error.error);
        assertEquals(ApplicationStatus.INCOMPLETE, reload(id).status);
    }

    @Test
    @TestSecurity(user = "completion-reader", roles = "candidate")
    void theCandidatesStatusPageShowsTheCompletionDeadlineOfADossierSentBack() throws Exception {
        Long id = submitted("completion-reader");
        given().get("/candidatures/" + id).then().statusCode(200).body(not(containsString("À compléter avant le")));
        ActorRef staff = new ActorRef("scolarite", "Scolarité", Actor.SECRETARIAT);
        completeness.refuse(id, docs(id).get(0).id, staff, "Illisible");
        completeness.markIncomplete(id, staff, null);
        java.time.Instant deadline = reload(id).completionDeadline;
        String french = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", java.util.Locale.FRENCH)
                .format(deadline.atZone(fr.univlorraine.ieps.kernel.AppClock.PARIS));
        String page = given().get("/candidatures/" + id).then().statusCode(200)
                .body(containsString("À compléter avant le"), containsString("datetime=\"" + deadline + "\""),
                        containsString("compléter votre dossier avant le " + french + " (heure de Paris)"))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-status-incomplete", page, 1300);
        String english = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.ENGLISH)
                .format(deadline.atZone(fr.univlorraine.ieps.kernel.AppClock.PARIS));
        given().cookie("ieps-lang", "en").get("/candidatures/" + id).then().statusCode(200)
                .body(containsString("Complete it before"), containsString("complete your application before " + english));
    }

    @Test
    @TestSecurity(user = "late-summary-reader", roles = "candidate")
    void afterTheCompletionDeadlineTheSummarySaysSoAndItsButtonIsRefused() throws Exception {
        Long id = submitted("late-summary-reader");
        ActorRef staff = new ActorRef("scolarite", "Scolarité", Actor.SECRETARIAT);
        completeness.refuse(id, docs(id).get(0).id, staff, "Illisible");
        completeness.markIncomplete(id, staff, null);
        clock.set(reload(id).completionDeadline.plusSeconds(1));
        String summary = "/candidatures/" + id + "/confirmation";
        given().get(summary).then().statusCode(200)
                .body(containsString("La date limite pour compléter votre dossier est passée"),
                        not(containsString("action=\"" + summary + "\"")));
        fr.univlorraine.ieps.FormPost.from(summary).formParam("version", reload(id).version).post(summary).then()
                .statusCode(409).body(containsString("La date limite pour compléter votre dossier est passée"));
        assertEquals(ApplicationStatus.INCOMPLETE, reload(id).status);
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void everyStaffViewOfADocumentIsAudited() throws Exception {
        Long id = submitted("audited-candidate");
        ApplicationDocument cv = docs(id).get(0);
        long before = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("applicationId", id));
        given().get("/dossiers/" + id + "/pieces/" + cv.id).then().statusCode(200).contentType("application/pdf");
        given().get("/dossiers/" + id + "/pieces/" + cv.id + "?telecharger=1").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"));
        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.ofApplication(id));
        assertEquals(before + 2, events.size());
        assertEquals("DOWNLOAD_DOCUMENT", events.get(0).action);
        assertEquals("VIEW_DOCUMENT", events.get(1).action);
        assertEquals("scolarite", events.get(0).actorSubject);
        assertEquals(cv.id, events.get(0).documentId);
    }

    @Test
    @TestSecurity(user = "responsable", roles = "head")
    void dossierReadsAsOnePdfWithEveryDocument() throws Exception {
        Long id = submitted(TestIds.unique("pdf-candidate-"));
        int documentPages = docs(id).stream().mapToInt(d -> d.pageCount).sum();
        byte[] body = given().get("/dossiers/" + id + "/pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        PrintedPdfs.look(body, "dossier-secretariat");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(body)) {
            assertEquals(1 + documentPages, pdf.getNumberOfPages(), "one cover page, then the 6 documents of 2 pages");
        }
        assertEquals("DOWNLOAD_DOSSIER_PDF", QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.ofApplication(id)).get(0).action);
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void selectedDossiersDownloadAsAZipOfPdfs() throws Exception {
        Long first = submitted(TestIds.unique("zip-one-"));
        Long second = submitted(TestIds.unique("zip-two-"));
        byte[] zip = post("/secretariat").formParam("ids", first).formParam("ids", second).formParam("ids", "not-a-number")
                .post("/secretariat/zip").then().statusCode(200).contentType("application/zip").extract().asByteArray();
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(in.readAllBytes())) {
                    assertTrue(pdf.getNumberOfPages() > 1, entry.getName());
                }
            }
        }
        assertEquals(List.of("dossier-" + reload(first).reference + ".pdf", "dossier-" + reload(second).reference + ".pdf"), names);
    }

    /** Our temporary files and PDFBox's scratch files in the temporary folder: none may outlive a download. */
    private static long temporaryFiles() throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("ieps-dossier") || n.startsWith("ieps-pdf-") || n.startsWith("PDFBox")).count();
        }
    }

    /** As if it had been stored before uploads were checked: the CV's file becomes an XFA form. */
    private ApplicationDocument breakCv(Long id) throws java.io.IOException {
        ApplicationDocument cv = docs(id).stream().filter(d -> d.type.code.equals("CV")).findFirst().orElseThrow();
        Files.write(storage.pathOf(cv.storedName), HostilePdfs.xfa());
        return cv;
    }

    private static List<String> pageTexts(byte[] pdf) throws java.io.IOException {
        List<String> pages = new java.util.ArrayList<>();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    @Test
    @TestSecurity(user = "responsable", roles = "head")
    void dossierWithADocumentThatCannotBeMergedStillReadsAsOnePdf() throws Exception {
        Long id = submitted(TestIds.unique("pdf-broken-"));
        breakCv(id);
        int otherPages = docs(id).stream().filter(d -> !d.type.code.equals("CV")).mapToInt(d -> d.pageCount).sum();
        long before = temporaryFiles();

        byte[] body = given().get("/dossiers/" + id + "/pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();

        List<String> pages = pageTexts(body);
        assertEquals(1 + otherPages + 1, pages.size(), "cover, the other documents, one page for the CV");
        assertTrue(pages.stream().anyMatch(p -> p.contains("Curriculum vitae")
                && p.contains("Ce document n’a pas pu être ajouté au PDF du dossier. Ouvrez-le seul depuis la page du dossier.")),
                pages.toString());
        assertEquals(before, temporaryFiles(), "no temporary file left");
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void zipHoldsEveryDossierWhateverHappensToOne() throws Exception {
        Long broken = submitted(TestIds.unique("zip-broken-"));
        Long failing = submitted(TestIds.unique("zip-failing-"));
        Long fine = submitted(TestIds.unique("zip-fine-"));
        breakCv(broken);
        // a dossier whose PDF cannot be written at all (the disk is full, say)
        DossierPdfService real = io.quarkus.arc.ClientProxy.unwrap(pdf);
        QuarkusMock.installMockForType(new DossierPdfService() {
            @Override
            public List<DossierPdf.Part> parts(Application app, String lang, boolean blind) {
                return real.parts(app, lang, blind);
            }

            @Override
            public Path writeToTemporaryFile(Application app, List<DossierPdf.Part> parts, String lang, boolean blind)
                    throws java.io.IOException {
                if (QuarkusTransaction.isActive()) {
                    throw new IllegalStateException("a PDF of the ZIP was written inside a transaction");
                }
                if (app.id.equals(failing)) {
                    throw new java.io.IOException("No space left on device");
                }
                return real.writeToTemporaryFile(app, parts, lang, blind);
            }
        }, DossierPdfService.class);
        long before = temporaryFiles();

        byte[] zip = post("/secretariat").formParam("ids", broken).formParam("ids", failing).formParam("ids", fine)
                .post("/secretariat/zip").then().statusCode(200).contentType("application/zip").extract().asByteArray();

        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        String brokenRef = reload(broken).reference;
        String failingRef = reload(failing).reference;
        String fineRef = reload(fine).reference;
        assertEquals(List.of("dossier-" + brokenRef + ".pdf", "dossier-" + failingRef + "-erreur.txt", "dossier-" + fineRef + ".pdf"),
                List.copyOf(entries.keySet()));
        assertTrue(pageTexts(entries.get("dossier-" + brokenRef + ".pdf")).stream()
                .anyMatch(p -> p.contains("n’a pas pu être ajouté au PDF du dossier")));
        assertTrue(pageTexts(entries.get("dossier-" + fineRef + ".pdf")).size() > 1);
        assertEquals("Le PDF du dossier " + failingRef + " n’a pas pu être produit. Ouvrez ce dossier dans l’application pour le lire.",
                new String(entries.get("dossier-" + failingRef + "-erreur.txt"), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(before, temporaryFiles(), "no temporary file left");
    }

    @Test
    @TestSecurity(user = "a-candidate", roles = "candidate")
    void candidatesCannotUseTheSecretariatPages() throws Exception {
        Long id = submitted(TestIds.unique("sec-other-"));
        given().get("/secretariat").then().statusCode(403);
        given().get("/secretariat/dossiers/" + id).then().statusCode(403);
        given().get("/dossiers/" + id + "/pieces/" + docs(id).get(0).id).then().statusCode(403).body(not(containsString("%PDF")));
    }

    @Test
    @TestSecurity(user = "relecteur", roles = "reviewer")
    void reviewersDoNotReadDossiersTheyAreNotAssigned() throws Exception {
        Long id = submitted(TestIds.unique("not-assigned-"));
        given().get("/secretariat/dossiers/" + id).then().statusCode(403);
        given().get("/dossiers/" + id + "/pieces/" + docs(id).get(0).id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void draftsAreNotTheSecretariatsBusiness() {
        Long id = CandidateDocumentResourceTest.draftOf("still-drafting", EntryRoute.INITIALE);
        given().get("/secretariat/dossiers/" + id).then().statusCode(404);
    }

    // --- the secretariat's faster check ---

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void theTickedPiecesAreValidatedTogetherAndOnlyThem() throws Exception {
        Long id = submitted(TestIds.unique("bulk-"));
        Long other = submitted(TestIds.unique("bulk-other-"));
        String page = "/secretariat/dossiers/" + id;
        List<ApplicationDocument> pieces = docs(id);
        assertTrue(pieces.size() >= 4, "a dossier of several pieces");
        given().get(page).then().statusCode(200).body(containsString("Valider la sélection"),
                containsString("form=\"bulk\" name=\"ids\" value=\"" + pieces.get(0).id + "\""),
                containsString("Tout est valide : valider les pièces en attente"));

        post(page).formParam("ids", pieces.get(0).id).formParam("ids", pieces.get(1).id).post(page + "/pieces")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(page + "?ok=selectionvalidated#pieces"));
        assertEquals(DocumentStatus.VALIDATED, doc(pieces.get(0).id).status);
        assertEquals(DocumentStatus.VALIDATED, doc(pieces.get(1).id).status);
        for (ApplicationDocument untouched : pieces.subList(2, pieces.size())) {
            assertEquals(DocumentStatus.PENDING, doc(untouched.id).status, "a piece not ticked is not validated");
        }
        given().get(page + "?ok=selectionvalidated").then().statusCode(200).body(containsString("Les pièces sélectionnées sont validées."));
        given().cookie("ieps-lang", "en").get(page + "?ok=selectionvalidated").then().statusCode(200)
                .body(containsString("The selected documents are validated."), containsString("Validate selected"));

        // a piece of another dossier among the ticked ones: nothing changes, not even the pieces of this dossier
        Long foreign = docs(other).get(0).id;
        post(page).formParam("ids", pieces.get(2).id).formParam("ids", foreign).post(page + "/pieces").then().statusCode(404);
        assertEquals(DocumentStatus.PENDING, doc(pieces.get(2).id).status);
        assertEquals(DocumentStatus.PENDING, doc(foreign).status);
        post(page).formParam("ids", "12abc").post(page + "/pieces").then().statusCode(404);

        // nothing ticked: said on the page, nothing changed
        post(page).post(page + "/pieces").then().statusCode(400).body(containsString("Cochez au moins une pièce à valider."),
                containsString("href=\"#pieces\""));
        assertEquals(2, docs(id).stream().filter(d -> d.status == DocumentStatus.VALIDATED).count());
        assertEquals(ApplicationStatus.SUBMITTED, reload(id).status);
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void everythingIsValidValidatesThePiecesWaitingAndOffersToMarkItComplete() throws Exception {
        Long id = submitted(TestIds.unique("all-valid-"));
        String page = "/secretariat/dossiers/" + id;
        ApplicationDocument cv = docs(id).stream().filter(d -> d.type.code.equals("CV")).findFirst().orElseThrow();
        post(page).formParam("decision", "refuser").formParam("reason", "Illisible").post(page + "/pieces/" + cv.id)
                .then().statusCode(303);

        post(page).post(page + "/tout-valide").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("?ok=allvalidated#pieces"));
        for (ApplicationDocument d : docs(id)) {
            assertEquals(d.id.equals(cv.id) ? DocumentStatus.REFUSED : DocumentStatus.VALIDATED, d.status, d.type.code);
        }
        assertEquals(ApplicationStatus.SUBMITTED, reload(id).status, "never marked complete by this button");
        given().get(page + "?ok=allvalidated").then().statusCode(200).body(containsString("Les pièces en attente sont validées."),
                not(containsString("vous pouvez déclarer le dossier complet")), not(containsString("Tout est valide")));

        // the refused piece validated on its own: every required piece is valid, the page says so and offers the step
        post(page).formParam("decision", "valider").post(page + "/pieces/" + cv.id).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("?ok=validated#doc-" + cv.id));
        String ready = given().get(page).then().statusCode(200)
                .body(containsString("Toutes les pièces obligatoires sont validées : vous pouvez déclarer le dossier complet."),
                        containsString("action=\"" + page + "/complet\""))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("secretariat-dossier-ready", ready, 1800);
        assertEquals(ApplicationStatus.SUBMITTED, reload(id).status);
        post(page).post(page + "/tout-valide").then().statusCode(400).body(containsString("Aucune pièce n’attend de vérification."));
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void thePagesScriptGetsJsonWithThePiecesAsThePageNowShowsThem() throws Exception {
        Long id = submitted(TestIds.unique("json-"));
        Long other = submitted(TestIds.unique("json-other-"));
        String page = "/secretariat/dossiers/" + id;
        List<ApplicationDocument> pieces = docs(id);
        ApplicationDocument first = pieces.get(0);

        var answer = post(page).header("Accept", "application/json").formParam("decision", "valider")
                .post(page + "/pieces/" + first.id).then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertEquals(true, answer.getBoolean("done"));
        assertEquals("La pièce est validée.", answer.getString("message"));
        assertEquals(List.of("doc-" + first.id), answer.getList("rows"));
        String html = answer.getString("html");
        assertTrue(html.contains("id=\"doc-" + first.id + "\"") && html.contains("id=\"pieces-summary\""), html);
        assertTrue(!html.contains("<html"), "the pieces alone, not the page");
        assertEquals(DocumentStatus.VALIDATED, doc(first.id).status);

        // a refusal without its reason: the script is told why and where, nothing changes
        ApplicationDocument second = pieces.get(1);
        var refused = post(page).header("Accept", "application/json").formParam("decision", "refuser").formParam("reason", "  ")
                .post(page + "/pieces/" + second.id).then().statusCode(400).contentType("application/json").extract().jsonPath();
        assertEquals(false, refused.getBoolean("done"));
        assertEquals("reason-" + second.id, refused.getString("field"));
        assertTrue(refused.getString("message").startsWith("Indiquez le motif"), refused.getString("message"));
        assertEquals(DocumentStatus.PENDING, doc(second.id).status);

        // in English too; the last pieces validated together: the answer says the dossier can be marked complete
        List<Long> rest = pieces.stream().skip(1).map(d -> d.id).toList();
        var spec = post(page).cookie("ieps-lang", "en").header("Accept", "application/json");
        rest.forEach(d -> spec.formParam("ids", d));
        var last = spec.post(page + "/pieces").then().statusCode(200).extract().jsonPath();
        assertEquals("The selected documents are validated. Every mandatory document is validated: you can declare the "
                + "application complete.", last.getString("message"));
        assertEquals(rest.stream().map(d -> "doc-" + d).toList(), last.getList("rows"));
        assertTrue(last.getString("html").contains("Declare the application complete"));

        // another dossier's piece: not found, whatever the answer asked for
        post(page).header("Accept", "application/json").formParam("decision", "valider")
                .post(page + "/pieces/" + docs(other).get(0).id).then().statusCode(404);
        assertEquals(DocumentStatus.PENDING, docs(other).get(0).status);
        // without the session's token, refused before anything is read
        given().redirects().follow(false).header("Accept", "application/json").formParam("decision", "valider")
                .post("/secretariat/dossiers/" + other + "/pieces/" + docs(other).get(0).id).then().statusCode(403);
        assertEquals(DocumentStatus.PENDING, docs(other).get(0).status);
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void theWholeListDownloadsAsAZipWithoutTickingEachDossier() throws Exception {
        Long first = submitted(TestIds.unique("zip-all-one-"));
        Long second = submitted(TestIds.unique("zip-all-two-"));
        given().get("/secretariat").then().statusCode(200)
                .body(containsString("data-select-all=\"ids\""), containsString("Tout sélectionner"),
                        containsString("name=\"tous\" value=\"1\""), containsString("Télécharger tous les dossiers de la liste"),
                        containsString("name=\"shown\" value=\"" + first + "\""));

        byte[] zip = post("/secretariat").formParam("tous", "1").formParam("shown", first).formParam("shown", second)
                .post("/secretariat/zip").then().statusCode(200).contentType("application/zip").extract().asByteArray();
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertEquals(List.of("dossier-" + reload(first).reference + ".pdf", "dossier-" + reload(second).reference + ".pdf"), names);

        // nothing ticked, not the whole list: the inbox says so
        post("/secretariat").formParam("shown", first).post("/secretariat/zip").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/secretariat?vide=1"));
        given().get("/secretariat?vide=1").then().statusCode(200)
                .body(containsString("Cochez au moins un dossier à télécharger, ou téléchargez toute la liste."));
        given().cookie("ieps-lang", "en").get("/secretariat?vide=1").then().statusCode(200)
                .body(containsString("Tick at least one application to download"), containsString("Select all"));
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void theSecretariatChoosesTheCompletionDeadline() throws Exception {
        String subject = TestIds.unique("deadline-");
        Long id = submitted(subject);
        String page = "/secretariat/dossiers/" + id;
        ApplicationDocument cv = docs(id).stream().filter(d -> d.type.code.equals("CV")).findFirst().orElseThrow();
        post(page).formParam("decision", "refuser").formParam("reason", "Illisible").post(page + "/pieces/" + cv.id)
                .then().statusCode(303);
        java.time.LocalDate latest = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id)
                .track.reviewDeadline.atZone(fr.univlorraine.ieps.kernel.AppClock.PARIS).toLocalDate());
        // proposed: the usual number of days from today
        given().get(page).then().statusCode(200).body(containsString("name=\"deadline\" value=\"" + inDays(10) + "\""),
                containsString("max=\"" + latest + "\""));

        // a day already past, today, after the review deadline, no date, not a date: refused, typed values kept
        String[][] bad = {{inDays(-1), "postérieure à aujourd’hui"}, {inDays(0), "postérieure à aujourd’hui"},
                {latest.plusDays(1).toString(), "ne peut pas dépasser la date limite d’évaluation"},
                {"", "Indiquez la date limite"}, {"31/02/2027", "n’est pas une date"}};
        for (String[] c : bad) {
            post(page).formParam("message", "Merci de renvoyer le CV").formParam("deadline", c[0]).post(page + "/incomplet")
                    .then().statusCode(409).body(containsString(c[1]), containsString("href=\"#deadline\""),
                            containsString("name=\"deadline\" value=\"" + c[0] + "\""),
                            containsString("Merci de renvoyer le CV</textarea>"), containsString("aria-invalid=\"true\""));
            Application unchanged = reload(id);
            assertEquals(ApplicationStatus.SUBMITTED, unchanged.status, c[0]);
            assertEquals(null, unchanged.completionDeadline, c[0]);
        }
        String refusedPage = post(page).formParam("message", "Merci").formParam("deadline", inDays(-1)).post(page + "/incomplet")
                .then().statusCode(409).extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("secretariat-deadline-refused", refusedPage, 4400);
        post(page).cookie("ieps-lang", "en").formParam("deadline", inDays(-1)).post(page + "/incomplet")
                .then().statusCode(409).body(containsString("The deadline must be after today."));
        outbox.sendDue();
        mailbox.clear();

        // the last day allowed: the candidate has until the end of that day, Paris time
        post(page).formParam("deadline", latest.toString()).post(page + "/incomplet").then().statusCode(303);
        Application sentBack = reload(id);
        assertEquals(ApplicationStatus.INCOMPLETE, sentBack.status);
        assertEquals(java.time.ZonedDateTime.of(latest, java.time.LocalTime.of(23, 59, 59), fr.univlorraine.ieps.kernel.AppClock.PARIS)
                .toInstant(), sentBack.completionDeadline);
        String french = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", java.util.Locale.FRENCH)
                .format(sentBack.completionDeadline.atZone(fr.univlorraine.ieps.kernel.AppClock.PARIS));
        given().get(page).then().statusCode(200).body(containsString("à compléter avant le " + french));
        outbox.sendDue();
        var mails = mailbox.getMailsSentTo(subject + "@example.fr");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getText().contains("avant le " + french + " (heure de Paris)"), mails.get(0).getText());
    }

    @Test
    @TestSecurity(user = "deadline-reader", roles = "candidate")
    void theCandidateReadsTheDeadlineTheSecretariatChose() throws Exception {
        Long id = submitted("deadline-reader");
        ActorRef staff = new ActorRef("scolarite", "Scolarité", Actor.SECRETARIAT);
        completeness.refuse(id, docs(id).get(0).id, staff, "Illisible");
        java.time.LocalDate chosen = clock.nowInParis().toLocalDate().plusDays(3);
        completeness.markIncomplete(id, staff, null, chosen);
        String french = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH).format(chosen);
        given().get("/candidatures/" + id).then().statusCode(200)
                .body(containsString("compléter votre dossier avant le " + french + " à 23:59 (heure de Paris)"));
        given().get("/candidatures/" + id + "/pieces").then().statusCode(200).body(containsString(french + " à 23:59"));
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void aResubmissionKeepsTheFirstSubmissionDateAndThePlaceInTheQueue() throws Exception {
        String subject = TestIds.unique("resubmit-");
        Long early = submitted(subject);
        java.time.Instant first = reload(early).submittedAt;
        clock.advance(Duration.ofHours(2));
        Long later = submitted(TestIds.unique("resubmit-later-"));
        ActorRef staff = new ActorRef("scolarite", "Scolarité", Actor.SECRETARIAT);
        ApplicationDocument refused = docs(early).get(0);
        completeness.refuse(early, refused.id, staff, "Illisible");
        completeness.markIncomplete(early, staff, null);
        clock.advance(Duration.ofDays(2));
        Path better = Files.write(Files.createTempFile("again", ".pdf"), Fixtures.pdf(1));
        uploads.upload(early, subject, refused.type.code, better, "lisible.pdf");
        resubmit(early, subject);

        Application again = reload(early);
        assertEquals(ApplicationStatus.SUBMITTED, again.status);
        assertEquals(first, again.submittedAt, "the first submission date is kept");
        assertEquals(clock.now(), again.resubmittedAt);
        assertTrue(reload(later).submittedAt.isAfter(again.submittedAt));

        String inbox = given().get("/secretariat?etat=SUBMITTED&niveau=M1").then().statusCode(200).extract().asString();
        int earlyAt = inbox.indexOf(again.reference);
        int laterAt = inbox.indexOf(reload(later).reference);
        assertTrue(earlyAt > 0 && laterAt > earlyAt, "the dossier sent back keeps its place before the later one");
        String resubmittedOn = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", java.util.Locale.FRENCH)
                .format(again.resubmittedAt.atZone(fr.univlorraine.ieps.kernel.AppClock.PARIS));
        assertTrue(inbox.contains("redéposé le " + resubmittedOn), "the inbox shows the resubmission");
        fr.univlorraine.ieps.web.Screenshots.take("secretariat-inbox", inbox, 1400);
        fr.univlorraine.ieps.web.Screenshots.take("secretariat-inbox-phone", inbox, 390, 2400);
        String page = given().get("/secretariat/dossiers/" + early).then().statusCode(200)
                .body(containsString("datetime=\"" + first + "\""), containsString("· <time datetime=\"" + again.resubmittedAt
                        + "\">redéposé le " + resubmittedOn + "</time>"))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("secretariat-dossier", page, 2400);
        fr.univlorraine.ieps.web.Screenshots.take("secretariat-dossier-phone", page, 390, 3600);

        // the list of all applications exports the first submission date
        java.time.Instant exported = QuarkusTransaction.requiringNew().call(() -> {
            try (var rows = exports.applications(Application.<Application>findById(early).track.id)) {
                return rows.filter(r -> r.reference().equals(again.reference)).findFirst().orElseThrow().submittedAt();
            }
        });
        assertEquals(first, exported);

        // the receipt gives the first submission, then the resubmission
        String receipt = pageTexts(QuarkusTransaction.requiringNew().call(() -> receipts.receipt(Application.findById(early), "fr"))
                .orElseThrow()).get(0).replaceAll("\\s+", " ");
        String firstOn = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", java.util.Locale.FRENCH)
                .format(first.atZone(fr.univlorraine.ieps.kernel.AppClock.PARIS));
        assertTrue(receipt.contains("Dossier déposé le " + firstOn) && receipt.contains("Dossier redéposé le " + resubmittedOn), receipt);
    }
}
