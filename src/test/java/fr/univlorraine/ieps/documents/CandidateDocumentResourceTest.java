package fr.univlorraine.ieps.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The candidate's documents page: uploads checked from their content, refusals that change nothing, privacy. */
@QuarkusTest
class CandidateDocumentResourceTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    ApplicationService applications;

    @Inject
    DocumentService documents;

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentStorage storage;

    @Inject
    DocumentSweep sweep;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.body.uploads-directory")
    String uploadsDirectory;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    PdfConfig pdfConfig;

    @BeforeEach
    void openCampaign() {
        Campaigns.openOne();
    }

    static Long draftOf(String subject, EntryRoute route) {
        Long track = QuarkusTransaction.requiringNew().call(() -> Track.<Track>find("level", Level.M1).firstResult().id);
        var service = io.quarkus.arc.Arc.container().instance(ApplicationService.class).get();
        return service.create(new ActorRef(subject, subject, Actor.CANDIDATE), subject + "@example.fr", track, route, false, "fr").id;
    }

    private ValidatableResponse upload(Long id, String code, String name, byte[] content) {
        return upload(id, id, code, name, content);
    }

    /** Posts the file to a dossier's item, with the CSRF token of the form page of {@code formOf}. */
    private ValidatableResponse upload(Long formOf, Long id, String code, String name, byte[] content) {
        return open(formOf, code).post(id, name, content).then();
    }

    /** The upload form of one item as a browser has it: its CSRF token and the document it replaces. */
    record UploadForm(Long id, String code, String token, String replaces) {

        io.restassured.response.Response post(Long target, String name, byte[] content) {
            return given().redirects().follow(false)
                    .multiPart(new io.restassured.builder.MultiPartSpecBuilder(token).controlName("csrf-token").emptyFileName().build())
                    .multiPart(new io.restassured.builder.MultiPartSpecBuilder(replaces).controlName("replaces").emptyFileName().build())
                    .multiPart("file", name, content, "application/pdf")
                    .post("/candidatures/" + target + "/pieces/" + code);
        }

        io.restassured.response.Response post(String name, byte[] content) {
            return post(id, name, content);
        }
    }

    /** Opens the pieces page of the dossier and reads the upload form of the item, as the browser would show it. */
    static UploadForm open(Long id, String code) {
        var response = given().get("/candidatures/" + id + "/pieces");
        String page = response.asString();
        Matcher token = CSRF_INPUT.matcher(page);
        assertTrue(token.find(), page);
        Matcher replaces = Pattern.compile("action=\"/candidatures/" + id + "/pieces/" + code + "#piece-" + code
                + "\"[^>]*>(?:(?!</form>).)*?name=\"replaces\" value=\"([^\"]*)\"", Pattern.DOTALL).matcher(page);
        String replacing = replaces.find() ? replaces.group(1) : "";
        return new UploadForm(id, code, token.group(1), replacing);
    }

    private static List<ApplicationDocument> rows(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.of(Application.<Application>findById(id)));
    }

    private long filesOnDisk() throws IOException {
        if (!Files.isDirectory(storage.root())) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(storage.root())) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    @TestSecurity(user = "doc-uploader", roles = "candidate")
    void candidateUploadsAPdfThatIsStoredWithItsChecksum() throws Exception {
        Long id = draftOf("doc-uploader", EntryRoute.INITIALE);
        given().get("/candidatures/" + id + "/pieces").then().statusCode(200)
                .body(containsString("Curriculum vitae"), containsString("enctype=\"multipart/form-data\""),
                        containsString("Pas encore déposée"), containsString("<progress"));
        byte[] pdf = Fixtures.pdf(2);
        upload(id, "CV", "../../etc/Mon CV\u0000 final.pdf", pdf).statusCode(303)
                .header("Location", containsString("/candidatures/" + id + "/pieces?ok=uploaded"));

        ApplicationDocument cv = rows(id).get(0);
        assertEquals("CV", cv.type.code);
        assertEquals(DocumentStatus.PENDING, cv.status);
        assertEquals("Mon CV final.pdf", cv.originalName, "no path, no control character");
        assertEquals("application/pdf", cv.mediaType);
        assertEquals(2, cv.pageCount);
        assertEquals(pdf.length, cv.sizeBytes);
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)), cv.sha256);
        assertArrayEquals(pdf, Files.readAllBytes(storage.pathOf(cv.storedName)));
        assertFalse(cv.storedName.contains("CV"), "stored under a generated name");

        // the owner reads it back inline, with its real type, and nothing to sniff
        given().get("/candidatures/" + id + "/pieces/fichier/" + cv.id).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("inline; filename=\"Mon CV final.pdf\""))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    @TestSecurity(user = "doc-late", roles = "candidate")
    void afterTheClosingAnUploadIsRefusedAtItsPieceAndNothingIsStored() throws Exception {
        MutableClock clock = Campaigns.openOne();
        Long id = draftOf("doc-late", EntryRoute.INITIALE);
        UploadForm form = open(id, "CV");
        clock.set(QuarkusTransaction.requiringNew().call(() -> Track.<Track>find("level", Level.M1).firstResult().closesAt));
        form.post(id, "cv.pdf", Fixtures.pdf(1)).then().statusCode(409)
                .body(containsString("La date limite de dépôt est passée"), containsString("id=\"piece-CV\""));
        assertTrue(rows(id).isEmpty(), "no row");
    }

    @Test
    @TestSecurity(user = "doc-refused", roles = "candidate")
    void everyRefusalSaysWhyAndLeavesNoFileAndNoRow() throws Exception {
        Long id = draftOf("doc-refused", EntryRoute.INITIALE);
        long before = filesOnDisk();
        record Case(String name, byte[] content, String message) {
        }
        for (Case c : List.of(
                new Case("cv.pdf", Fixtures.windowsExecutable(), "est un programme"),
                new Case("cv.pdf", Fixtures.html(), "ni un PDF"),
                new Case("cv.pdf", Fixtures.encryptedPdf(), "protégé par un mot de passe"),
                new Case("cv.pdf", Fixtures.truncated(Fixtures.pdf(4)), "endommagé ou incomplet"),
                new Case("cv.pdf", new byte[0], "Le fichier est vide"),
                new Case("cv.pdf", Fixtures.polyglot(), "ne commence pas comme un PDF"),
                new Case("cv.png", Fixtures.truncated(Fixtures.png()), "image est endommagée"),
                new Case("cv.pdf", Fixtures.pdf(1, 11 * 1024 * 1024), "trop volumineux"))) {
            upload(id, "CV", c.name(), c.content()).statusCode(400)
                    .body(containsString(c.message()), containsString("role=\"alert\""), containsString("href=\"#file-CV\""));
            assertTrue(rows(id).isEmpty(), c.message());
            assertEquals(before, filesOnDisk(), c.message());
        }
    }

    @Test
    @TestSecurity(user = "doc-hostile", roles = "candidate")
    void hostilePdfsAreRefusedWithTheirReasonAndLeaveNoFileAndNoRow() throws Exception {
        Long id = draftOf("doc-hostile", EntryRoute.INITIALE);
        long before = filesOnDisk();
        record Case(String what, byte[] content, String message) {
        }
        for (Case c : List.of(
                new Case("compression bomb", HostilePdfs.bomb(40, 100L << 20), "trop lourd à traiter"),
                new Case("501 pages", HostilePdfs.pages(501), "trop lourd à traiter"),
                new Case("XFA form", HostilePdfs.xfa(), "formulaire dynamique (XFA)"),
                new Case("embedded exe", HostilePdfs.embeddedExe(), "contient des fichiers joints à l’intérieur"),
                new Case("JavaScript", HostilePdfs.openActionJavaScript(), "contient des scripts (JavaScript)"),
                new Case("Launch", HostilePdfs.launch(), "lancent un programme"),
                new Case("SubmitForm", HostilePdfs.submitForm(), "envoient des données"),
                new Case("ImportData", HostilePdfs.importData(), "lancent un programme"),
                new Case("GoToR", HostilePdfs.goToR(), "ouvrent d’autres fichiers"),
                new Case("OpenAction URI", HostilePdfs.openActionUri(), "déclenche des actions tout seul"),
                new Case("page AA", HostilePdfs.pageAdditionalActions(), "déclenche des actions tout seul"),
                new Case("smb: link", HostilePdfs.smbLink(), "autre chose qu’une page web"),
                new Case("file: link", HostilePdfs.fileLink(), "autre chose qu’une page web"),
                new Case("PDF+ZIP polyglot", HostilePdfs.zipPolyglot(), "à la fois un PDF et une archive ZIP"),
                new Case("data after %%EOF", HostilePdfs.appendedData(), "ajoutées à ce PDF après sa fin"))) {
            String page = upload(id, "CV", "cv.pdf", c.content()).statusCode(400)
                    .body(containsString(c.message()), containsString("en PDF"), containsString("role=\"alert\""),
                            containsString("href=\"#file-CV\""), containsString("id=\"file-CV-error\"")).extract().asString();
            if (c.what().equals("compression bomb")) {
                fr.univlorraine.ieps.web.Screenshots.take("pieces-refused-pdf-fr", page, 1400);
            }
            assertTrue(rows(id).isEmpty(), c.what());
            assertEquals(before, filesOnDisk(), c.what());
        }
        // the same refusal in English
        UploadForm form = open(id, "CV");
        given().redirects().follow(false).cookie("ieps-lang", "en")
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(form.token()).controlName("csrf-token").emptyFileName().build())
                .multiPart("file", "cv.pdf", HostilePdfs.xfa(), "application/pdf")
                .post("/candidatures/" + id + "/pieces/CV").then().statusCode(400)
                .body(containsString("This PDF is a dynamic (XFA) form"), containsString("print it to PDF"));
        fr.univlorraine.ieps.web.Screenshots.take("pieces-refused-pdf-en", given()
                .cookie("ieps-lang", "en").redirects().follow(false)
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(form.token()).controlName("csrf-token").emptyFileName().build())
                .multiPart("file", "cv.pdf", HostilePdfs.smbLink(), "application/pdf")
                .post("/candidatures/" + id + "/pieces/CV").asString(), 1400);
    }

    @Test
    @TestSecurity(user = "doc-links", roles = "candidate")
    void cvWithWebLinksAndLatexOpeningIsAccepted() throws Exception {
        Long id = draftOf("doc-links", EntryRoute.INITIALE);
        upload(id, "CV", "cv.pdf", HostilePdfs.webLinks()).statusCode(303);
        upload(id, "LETTRE", "lettre.pdf", HostilePdfs.latexOpenAction()).statusCode(303);
        assertEquals(2, rows(id).size());
    }

    @Test
    @TestSecurity(user = "doc-two-windows", roles = "candidate")
    void uploadFromAPageOlderThanThePiecesDocumentIsAConflictThatChangesNothing() throws Exception {
        Long id = draftOf("doc-two-windows", EntryRoute.INITIALE);
        UploadForm laptop = open(id, "CV");
        UploadForm phone = open(id, "CV");
        assertEquals("", laptop.replaces(), "nothing to replace yet");
        laptop.post("cv-portable.pdf", Fixtures.pdf(1)).then().statusCode(303);
        String stored = rows(id).get(0).storedName;
        long files = filesOnDisk();

        String conflict = phone.post("cv-telephone.pdf", Fixtures.pdf(2)).then().statusCode(409)
                .body(containsString("Un fichier vient d’être déposé pour cette pièce depuis une autre fenêtre ou un autre appareil"),
                        containsString("cv-portable.pdf"), containsString("href=\"#file-CV\"")).extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("pieces-conflict-fr", conflict, 1400);
        UploadForm english = open(id, "CV");
        String conflictEn = given().redirects().follow(false).cookie("ieps-lang", "en")
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(english.token()).controlName("csrf-token").emptyFileName().build())
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder("").controlName("replaces").emptyFileName().build())
                .multiPart("file", "cv.pdf", Fixtures.pdf(1), "application/pdf")
                .post("/candidatures/" + id + "/pieces/CV").then().statusCode(409)
                .body(containsString("A file was just uploaded for this document from another window or device. Check it below and replace it if needed."))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("pieces-conflict-en", conflictEn, 1400);
        assertEquals(1, rows(id).size());
        assertEquals("cv-portable.pdf", rows(id).get(0).originalName);
        assertEquals(stored, rows(id).get(0).storedName);
        assertEquals(files, filesOnDisk());

        // the page the refusal shows names the document now there: replacing it from there works
        UploadForm again = open(id, "CV");
        assertEquals(String.valueOf(rows(id).get(0).id), again.replaces());
        again.post("cv-telephone.pdf", Fixtures.pdf(2)).then().statusCode(303);
        assertEquals("cv-telephone.pdf", rows(id).get(0).originalName);
    }

    @Test
    @TestSecurity(user = "doc-api-create", roles = "candidate")
    void apiCreatesOnlyWithIfNoneMatch() throws Exception {
        Long id = draftOf("doc-api-create", EntryRoute.INITIALE);
        // as a script of our own pages would call it with the session: the page's CSRF token in a header
        UploadForm page = open(id, "CV");
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> api =
                () -> given().header("X-CSRF-Token", page.token()).contentType("application/octet-stream");
        api.get().header("If-None-Match", "*").body(Fixtures.pdf(1))
                .put("/api/me/applications/" + id + "/documents/CV").then().statusCode(200);
        String stored = rows(id).get(0).storedName;
        api.get().header("If-None-Match", "*").body(Fixtures.pdf(3))
                .put("/api/me/applications/" + id + "/documents/CV").then().statusCode(412)
                .contentType("application/json").body("status", equalTo(412)).body("error", equalTo("upload_conflict"));
        assertEquals(stored, rows(id).get(0).storedName);
        // without the condition, a PUT replaces
        api.get().body(Fixtures.pdf(3)).put("/api/me/applications/" + id + "/documents/CV").then().statusCode(200)
                .body("pages", equalTo(3));
        api.get().body(HostilePdfs.xfa()).put("/api/me/applications/" + id + "/documents/CV").then().statusCode(400)
                .body("error", equalTo("pdf_refused_xfa"));
    }

    @Test
    @TestSecurity(user = "doc-race", roles = "candidate")
    void fiftySimultaneousFirstUploadsOfOnePieceStoreOneAndTellTheOthers() throws Exception {
        Long id = draftOf("doc-race", EntryRoute.INITIALE);
        long before = filesOnDisk();
        int uploads = 50;
        List<UploadForm> forms = new java.util.ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            forms.add(open(id, "CV")); // 50 windows, each opened before any upload
        }
        byte[] pdf = Fixtures.pdf(2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(uploads);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> sent = new java.util.ArrayList<>();
            for (UploadForm form : forms) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return form.post("cv.pdf", pdf);
                }));
            }
            start.countDown();
            int stored = 0;
            int refused = 0;
            for (var future : sent) {
                var response = future.get(5, java.util.concurrent.TimeUnit.MINUTES);
                if (response.statusCode() == 303) {
                    stored++;
                } else {
                    assertEquals(409, response.statusCode(), response.asString());
                    assertTrue(response.asString().contains("Un fichier vient d’être déposé pour cette pièce"), response.asString());
                    refused++;
                }
            }
            assertEquals(1, stored);
            assertEquals(uploads - 1, refused);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, rows(id).size());
        assertEquals(before + 1, filesOnDisk(), "one file: the losers' files are deleted");
        assertTrue(storage.exists(rows(id).get(0).storedName));
    }

    @Test
    void configuredPdfLimitsAreTheDocumentedDefaults() {
        assertEquals(PdfLimits.DEFAULTS, pdfConfig.limits());
    }

    @Test
    @TestSecurity(user = "doc-no-transaction", roles = "candidate")
    void contentIsInspectedOutsideAnyTransaction() throws Exception {
        // the check of a PDF may take seconds: a transaction held that long would block the dossier's row
        Long id = draftOf("doc-no-transaction", EntryRoute.INITIALE);
        var inTransaction = new java.util.concurrent.atomic.AtomicReference<Boolean>();
        QuarkusMock.installMockForType(new UploadInspector() {
            @Override
            public ContentInspector.Inspection inspect(Path file, java.util.Set<FileKind> accepted)
                    throws RefusedContent, IOException {
                inTransaction.set(QuarkusTransaction.isActive());
                return ContentInspector.inspect(file, accepted);
            }
        }, UploadInspector.class);
        upload(id, "CV", "cv.pdf", Fixtures.pdf(1)).statusCode(303);
        assertEquals(Boolean.FALSE, inTransaction.get());
        assertEquals(1, rows(id).size());
    }

    @Test
    @TestSecurity(user = "doc-huge", roles = "candidate")
    void requestOverTheOverallCapGetsAPageNotABare413() throws Exception {
        Long id = draftOf("doc-huge", EntryRoute.INITIALE);
        long before = filesOnDisk();
        // as a browser sends a form: its size announced in Content-Length
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/candidatures/" + id + "/pieces/CV"))
                .header("Content-Type", "multipart/form-data; boundary=xyz").header("Accept-Language", "fr")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[26 * 1024 * 1024])).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("Fichier trop volumineux") && response.body().contains("dépasse 25\u00a0Mo"), response.body());
        assertTrue(rows(id).isEmpty());
        assertEquals(before, filesOnDisk());
    }

    @Test
    @TestSecurity(user = "doc-api", roles = "candidate")
    void apiUploadsAFileAndListsTheChecklist() throws Exception {
        Long id = draftOf("doc-api", EntryRoute.INITIALE);
        byte[] pdf = Fixtures.pdf(4);
        // a script of our own pages calling the API with the session: the session's token in a header
        String token = fr.univlorraine.ieps.FormPost.token("/candidatures");
        given().header("X-CSRF-Token", token).contentType("application/octet-stream").header("X-File-Name", "projet.pdf").body(pdf)
                .put("/api/me/applications/" + id + "/documents/PROJET").then().log().ifValidationFails().statusCode(200)
                .body("pages", equalTo(4)).body("status", equalTo("PENDING"));
        given().header("X-CSRF-Token", token).contentType("application/octet-stream").body(Fixtures.html())
                .put("/api/me/applications/" + id + "/documents/CV").then().statusCode(400).body("error", equalTo("err_file_type"));
        given().get("/api/me/applications/" + id + "/documents").then().statusCode(200)
                .body("find { it.code == 'PROJET' }.status", equalTo("PENDING"))
                .body("find { it.code == 'PROJET' }.fileName", equalTo("projet.pdf"))
                .body("find { it.code == 'CV' }.status", equalTo("MISSING"));
        Long theirs = draftOf("doc-api-other", EntryRoute.INITIALE);
        given().header("X-CSRF-Token", token).contentType("application/octet-stream").body(pdf)
                .put("/api/me/applications/" + theirs + "/documents/CV").then().statusCode(404);
        assertTrue(rows(theirs).isEmpty());
    }

    @Test
    @TestSecurity(user = "doc-replace", roles = "candidate")
    void replacingKeepsOneDocumentAndRemovesTheOldFile() throws Exception {
        Long id = draftOf("doc-replace", EntryRoute.INITIALE);
        upload(id, "LETTRE", "lettre-v1.pdf", Fixtures.pdf(1)).statusCode(303);
        String first = rows(id).get(0).storedName;
        upload(id, "LETTRE", "lettre-v2.pdf", Fixtures.pdf(3)).statusCode(303);
        List<ApplicationDocument> after = rows(id);
        assertEquals(1, after.size());
        assertEquals("lettre-v2.pdf", after.get(0).originalName);
        assertEquals(3, after.get(0).pageCount);
        assertFalse(storage.exists(first), "the old file goes once the new one is committed");
        assertTrue(storage.exists(after.get(0).storedName));

        // a refused replacement keeps the good document in place
        upload(id, "LETTRE", "lettre-v3.pdf", Fixtures.html()).statusCode(400);
        assertEquals("lettre-v2.pdf", rows(id).get(0).originalName);
        assertTrue(storage.exists(after.get(0).storedName));
    }

    @Test
    void failureBetweenFileWriteAndCommitLeavesNoOrphan() throws Exception {
        Long id = draftOf("doc-crash", EntryRoute.INITIALE);
        Path pdf = Files.write(Files.createTempFile("crash", ".pdf"), Fixtures.pdf(1));
        long before = filesOnDisk();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        throw new IllegalStateException("the database goes away just before the commit");
                    }

                    @Override
                    public void afterCompletion(int status) {
                    }
                });
                try {
                    uploads.upload(id, "doc-crash", "CV", pdf, "cv.pdf");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                try {
                    assertEquals(before + 1, filesOnDisk(), "the file is written before the commit");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException expected) {
            // the commit failed, as staged
        }
        assertTrue(rows(id).isEmpty(), "no row");
        assertEquals(before, filesOnDisk(), "no file");
    }

    @Test
    void orphanFilesFoundAtStartUpAreRemoved() throws Exception {
        Path orphan = storage.pathOf("0123456789abcdef0123456789abcdef");
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "left by a crash");
        assertTrue(sweep.sweep(Duration.ZERO).contains(orphan));
        assertFalse(Files.exists(orphan));
    }

    @Test
    void partialFilesAndRequestBodiesLeftByAKilledProcessAreRemovedAtStartUp() throws Exception {
        Path partial = Files.createDirectories(storage.root().resolve(DocumentStorage.INCOMING)).resolve("0123456789abcdef0123456789abcdee.part");
        Files.writeString(partial, "half a file");
        Path body = Files.createDirectories(Path.of(uploadsDirectory)).resolve("pfx-left-by-a-kill-sfx");
        Files.writeString(body, "the body of a request the kill cut");
        List<Path> removed = sweep.sweep(Duration.ZERO);
        assertTrue(removed.contains(partial) && removed.contains(body), removed.toString());
        assertFalse(Files.exists(partial));
        assertFalse(Files.exists(body));
    }

    @Test
    @TestSecurity(user = "doc-other", roles = "candidate")
    void anotherCandidatesDocumentIsNotFound() throws Exception {
        Long theirs = draftOf("doc-owner", EntryRoute.INITIALE);
        Path pdf = Files.write(Files.createTempFile("theirs", ".pdf"), Fixtures.pdf(1));
        Long documentId = uploads.upload(theirs, "doc-owner", "CV", pdf, "cv.pdf").id;
        given().get("/candidatures/" + theirs + "/pieces").then().statusCode(404);
        given().get("/candidatures/" + theirs + "/pieces/fichier/" + documentId).then().statusCode(404);
        Long mine = draftOf("doc-other", EntryRoute.INITIALE);
        given().get("/candidatures/" + mine + "/pieces/fichier/" + documentId).then().statusCode(404)
                .body(not(containsString("%PDF")));
        // a forged form, with a valid token of the candidate's own page, aimed at someone else's dossier
        upload(mine, theirs, "CV", "cv.pdf", Fixtures.pdf(1)).statusCode(404);
        assertEquals(1, rows(theirs).size());
    }

    @Test
    void anonymousCannotReadADocument() throws Exception {
        Long id = draftOf("doc-anon-owner", EntryRoute.INITIALE);
        Path pdf = Files.write(Files.createTempFile("anon", ".pdf"), Fixtures.pdf(1));
        Long documentId = uploads.upload(id, "doc-anon-owner", "CV", pdf, "cv.pdf").id;
        given().redirects().follow(false).get("/candidatures/" + id + "/pieces/fichier/" + documentId).then()
                .statusCode(302).body(not(containsString("%PDF")));
        given().redirects().follow(false).get("/dossiers/" + id + "/pieces/" + documentId).then().statusCode(302);
    }

    @Test
    @TestSecurity(user = "doc-conditional", roles = "candidate")
    void conditionalItemTakesANotConcernedAnswerWithAReason() {
        Long id = draftOf("doc-conditional", EntryRoute.CONTINUE);
        var response = given().get("/candidatures/" + id + "/pieces");
        response.then().statusCode(200).body(containsString("Attestation de l’employeur"), containsString("Je ne suis pas concerné·e"));
        String page = response.asString();
        Matcher token = CSRF_INPUT.matcher(page);
        assertTrue(token.find(), page);
        given().redirects().follow(false).formParam("csrf-token", token.group(1))
                .formParam("reason", "  ").post("/candidatures/" + id + "/pieces/EMPLOYEUR/non-concerne").then().statusCode(400)
                .body(containsString("Indiquez pourquoi"));
        assertTrue(rows(id).isEmpty());
        given().redirects().follow(false).formParam("csrf-token", token.group(1))
                .formParam("reason", "Je finance moi-même ma formation").post("/candidatures/" + id + "/pieces/EMPLOYEUR/non-concerne")
                .then().statusCode(303);
        assertEquals(DocumentStatus.NOT_CONCERNED, rows(id).get(0).status);
        // a mandatory item cannot be waved away
        given().redirects().follow(false).formParam("csrf-token", token.group(1))
                .formParam("reason", "Pas de CV").post("/candidatures/" + id + "/pieces/CV/non-concerne").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "doc-checklist", roles = "candidate")
    void submissionNamesTheMissingDocumentsThenSucceedsOnceTheyAreThere() {
        Long id = draftOf("doc-checklist", EntryRoute.CONTINUE);
        Application app = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id));
        List<String> missing = QuarkusTransaction.requiringNew().call(() -> documents.missing(Application.findById(id)))
                .stream().map(l -> l.type().code).toList();
        assertEquals(List.of("CV", "LETTRE", "RELEVES", "DIPLOME", "PROJET", "IDENTITE", "EMPLOYEUR"), missing,
                "continuing education: transcripts and the employer's certificate are conditional, still to answer");
        assertEquals(EntryRoute.CONTINUE, app.entryRoute);
    }
}
