package fr.univlorraine.ieps.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.campaign.Level;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model of a piece (the VAP file): the admin uploads it, checked from its content; candidates and visitors download it. */
@QuarkusTest
class TemplateResourceTest {

    @Inject
    TemplateFiles templates;

    @Inject
    DocumentStorage storage;

    @Inject
    DocumentSweep sweep;

    @Inject
    ApplicationService applications;

    @TempDir
    Path dir;

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminUploadsAModelThatAnyoneDownloadsAndANewOneReplacesIt() throws IOException {
        Long id = newType();
        byte[] docx = docx();
        upload(id, "Modele dossier VAP.docx", docx).then().statusCode(303)
                .header("Location", containsString("ok=template#template-" + id));
        DocumentType type = type(id);
        assertEquals(TemplateKind.DOCX.mediaType, type.templateMediaType);
        assertEquals("Modele dossier VAP.docx", type.templateFileName);
        assertEquals(docx.length, type.templateSizeBytes);
        given().get("/admin/pieces?ok=template").then().statusCode(200)
                .body(containsString("Le modèle est enregistré"), containsString("href=\"/modeles/" + type.code + "\""));

        Response download = given().get("/modeles/" + type.code);
        assertEquals(200, download.statusCode());
        assertEquals(TemplateKind.DOCX.mediaType, download.contentType());
        assertTrue(download.header("Content-Disposition").startsWith("attachment;"), download.header("Content-Disposition"));
        assertArrayEquals(docx, download.asByteArray());

        // an ODT, then a PDF, replace it; the old file is gone once the new one is committed
        String first = type.templateStoredName;
        upload(id, "modele.odt", odt()).then().statusCode(303);
        assertEquals(TemplateKind.ODT.mediaType, type(id).templateMediaType);
        assertFalse(storage.exists(first), "the replaced model's file is removed");
        upload(id, "modele", Fixtures.pdf(2)).then().statusCode(303);
        assertEquals("modele.pdf", type(id).templateFileName, "named after what it is");
        assertEquals("application/pdf", given().get("/modeles/" + type.code).then().statusCode(200).extract().contentType());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aFileThatIsNoModelIsRefusedWithAMessageAtItsFieldAndChangesNothing() throws IOException {
        Long id = newType();
        upload(id, "modele.docx", docx()).then().statusCode(303);
        DocumentType before = type(id);

        byte[][] wrong = {"Ceci est un texte, pas un document.".getBytes(StandardCharsets.UTF_8), Fixtures.zip(),
                docm(), Fixtures.windowsExecutable(), Fixtures.jpeg()};
        for (byte[] content : wrong) {
            String page = upload(id, "modele.docx", content).then().statusCode(400)
                    .body(containsString("class=\"error-summary\""), containsString("href=\"#template-" + id + "\""),
                            containsString("id=\"template-" + id + "-error\""),
                            containsString("Ce fichier n’est ni un PDF, ni un document Word (DOCX)"))
                    .extract().asString();
            if (content == wrong[0]) {
                fr.univlorraine.ieps.web.Screenshots.take("admin-template-refused", page, 1400);
            }
        }
        upload(id, "vide.docx", new byte[0]).then().statusCode(400).body(containsString("Le fichier est vide"));
        Path large = dir.resolve("large.pdf");
        Files.write(large, new byte[(int) (templates.maxMegabytes() * 1024 * 1024 + 1)]);
        upload(id, "gros.pdf", Files.readAllBytes(large)).then().statusCode(400)
                .body(containsString("Le modèle est trop volumineux"));
        given().cookie("ieps-lang", "en").redirects().follow(false)
                .multiPart(new MultiPartSpecBuilder(FormPost.token("/admin/pieces")).controlName("csrf-token").emptyFileName().build())
                .multiPart("file", "x.odt", "not an ODT".getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .post("/admin/pieces/types/" + id + "/modele").then().statusCode(400)
                .body(containsString("This file is not a PDF, a Word document (DOCX)"));

        DocumentType after = type(id);
        assertEquals(before.templateStoredName, after.templateStoredName);
        assertEquals(before.templateFileName, after.templateFileName);
        assertTrue(storage.exists(after.templateStoredName));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aModelPostedWithoutTheFormTokenIsRefusedAndAnUnknownTypeIsNotFound() throws IOException {
        Long id = newType();
        given().redirects().follow(false).multiPart("file", "modele.docx", docx(), "application/octet-stream")
                .post("/admin/pieces/types/" + id + "/modele").then().statusCode(403)
                .body(containsString("Formulaire refusé"));
        assertNull(type(id).templateStoredName);
        upload(999_999_999L, "modele.docx", docx()).then().statusCode(404);
        given().get("/modeles/" + type(id).code).then().statusCode(404);
        given().get("/modeles/NO_SUCH_TYPE").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "scolarite", roles = {"secretariat", "candidate", "reviewer", "head"})
    void onlyTheAdminUploadsAModel() throws IOException {
        Long id = newType();
        given().redirects().follow(false)
                .multiPart(new MultiPartSpecBuilder(FormPost.token("/contact")).controlName("csrf-token").emptyFileName().build())
                .multiPart("file", "modele.docx", docx(), "application/octet-stream")
                .post("/admin/pieces/types/" + id + "/modele").then().statusCode(403);
        assertNull(type(id).templateStoredName);
    }

    @Test
    @TestSecurity(user = "template-candidate", roles = "candidate")
    void theCandidateFindsTheModelAtItsPieceAndDownloadsIt() throws Exception {
        Campaigns.openOne();
        Long id = newType();
        String code = type(id).code;
        Path file = Files.write(dir.resolve("modele.docx"), docx());
        templates.upload(id, file, "Dossier VAP à remplir.docx");
        QuarkusTransaction.requiringNew().run(() -> {
            ChecklistItem item = new ChecklistItem();
            item.level = Level.M1;
            item.route = "INITIALE";
            item.type = DocumentType.findById(id);
            item.requirement = Requirement.OPTIONAL;
            item.persist();
        });
        try {
            Long dossier = CandidateDocumentResourceTest.draftOf("template-candidate", EntryRoute.INITIALE);
            String page = given().get("/candidatures/" + dossier + "/pieces").then().statusCode(200)
                    .body(containsString("<a href=\"/modeles/" + code + "\">Télécharger le modèle : Dossier VAP à remplir.docx</a>"))
                    .extract().asString();
            fr.univlorraine.ieps.web.Screenshots.take("pieces-with-model", page, 1400);
            assertArrayEquals(docx(), given().get("/modeles/" + code).then().statusCode(200).extract().asByteArray());
            given().get("/candidater").then().statusCode(200)
                    .body(containsString("id=\"piece-M1-INITIALE-" + code + "\""), containsString("href=\"/modeles/" + code + "\""));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> ChecklistItem.delete("type.id", id));
        }
    }

    @Test
    @TestSecurity(user = "vap-candidate", roles = "candidate")
    void aVapCandidateReadsWhatTheVapFileContainsOnTheFormAndAtItsPiece() {
        Campaigns.openOne();
        Long track = QuarkusTransaction.requiringNew().call(() -> Track.<Track>find("level", Level.M1).firstResult().id);
        Long id = applications.create(new ActorRef("vap-candidate", "vap-candidate", Actor.CANDIDATE), "vap@example.fr",
                track, EntryRoute.CONTINUE, true, "fr").id;
        String contents = "Le dossier VAP décrit votre parcours et vos expériences";
        given().get("/candidatures/" + id + "/pieces").then().statusCode(200)
                .body(containsString("id=\"piece-VAP\""), containsString(contents));
        given().get("/candidatures/" + id + "/dossier").then().statusCode(200)
                .body(containsString("id=\"vap-contents\""), containsString(contents));
        given().get("/candidater").then().statusCode(200).body(containsString(contents));
    }

    @Test
    void aVisitorDownloadsAModelWithoutSigningIn() throws Exception {
        Long id = newType();
        templates.upload(id, Files.write(dir.resolve("m.pdf"), Fixtures.pdf(1)), "modèle.pdf");
        given().redirects().follow(false).get("/modeles/" + type(id).code).then().statusCode(200)
                .contentType("application/pdf").header("X-Content-Type-Options", "nosniff");
        given().redirects().follow(false).get("/admin/pieces").then().statusCode(not(200));
    }

    @Test
    void theSweepOfTheDocumentsFolderKeepsTheModels() throws Exception {
        Long id = newType();
        templates.upload(id, Files.write(dir.resolve("m.docx"), docx()), "m.docx");
        Path file = storage.pathOf(type(id).templateStoredName);

        List<Path> removed = sweep.sweep(Duration.ZERO);

        assertFalse(removed.contains(file), removed.toString());
        assertTrue(Files.exists(file));
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static Response upload(Long typeId, String name, byte[] content) {
        return given().redirects().follow(false)
                .multiPart(new MultiPartSpecBuilder(FormPost.token("/admin/pieces")).controlName("csrf-token").emptyFileName().build())
                .multiPart("file", name, content, "application/octet-stream")
                .post("/admin/pieces/types/" + typeId + "/modele");
    }

    /** A type of its own for each test: the shared ones keep no model. */
    private static Long newType() {
        return QuarkusTransaction.requiringNew().call(() -> {
            DocumentType type = new DocumentType();
            type.code = "MODELE" + TestIds.digits(6);
            type.labelFr = "Dossier " + type.code;
            type.labelEn = "File " + type.code;
            type.helpFr = "Aide.";
            type.helpEn = "Help.";
            type.acceptedFormats = "PDF";
            type.maxSizeMb = 10;
            type.position = 998;
            type.persist();
            return type.id;
        });
    }

    private static DocumentType type(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> DocumentType.findById(id));
    }

    static byte[] docx() throws IOException {
        return zip(new String[][] {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}});
    }

    /** A Word document with macros (what a .docm is). */
    static byte[] docm() throws IOException {
        return zip(new String[][] {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"},
                {"word/vbaProject.bin", "macros"}});
    }

    static byte[] odt() throws IOException {
        return zip(new String[][] {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<office:document/>"}});
    }

    private static byte[] zip(String[][] entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String[] entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry[0]);
                zipEntry.setTime(0); // the same bytes at every call
                zip.putNextEntry(zipEntry);
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
