package fr.univlorraine.ieps.platform;

import static fr.univlorraine.ieps.platform.PlatformImports.HEADER;
import static fr.univlorraine.ieps.platform.PlatformImports.XLSX;
import static fr.univlorraine.ieps.platform.PlatformImports.candidate;
import static fr.univlorraine.ieps.platform.PlatformImports.csv;
import static fr.univlorraine.ieps.platform.PlatformImports.dossiers;
import static fr.univlorraine.ieps.platform.PlatformImports.importCandidates;
import static fr.univlorraine.ieps.platform.PlatformImports.map;
import static fr.univlorraine.ieps.platform.PlatformImports.number;
import static fr.univlorraine.ieps.platform.PlatformImports.page;
import static fr.univlorraine.ieps.platform.PlatformImports.platformTrack;
import static fr.univlorraine.ieps.platform.PlatformImports.selected;
import static fr.univlorraine.ieps.platform.PlatformImports.upload;
import static fr.univlorraine.ieps.platform.PlatformImports.uploaded;
import static fr.univlorraine.ieps.platform.PlatformImports.usualMapping;
import static fr.univlorraine.ieps.platform.PlatformImports.xlsx;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The import of the platform's files through its pages: the mapping saved and offered again, a file that lacks a
 * mandatory column, 500 rows with 5 bad ones, re-imports, the status file, CSV and XLSX, who may import.
 */
@QuarkusTest
class ImportResourceTest {

    @Test
    @TestSecurity(user = "import-secretary", roles = "secretariat")
    void theMappingIsSavedAndOfferedAgainForTheNextFileOfItsKind() {
        Long trackId = platformTrack();
        // headers the app cannot guess: the staff map them by hand once
        List<String> odd = List.of("Ident", "Patronyme", "Prenoms usuels", "Contact", "Ne le", "Titre", "Filiere");
        List<String> row = candidate(number(), 1).subList(0, 7);
        String first = uploaded(trackId, "candidats", "liste.csv", csv(odd, List.of(row), ';'), "text/csv");
        String offered = given().get(first).asString();
        assertNull(selected(offered, "col-BIRTH_DATE"), "nothing to guess from 'Ne le'");
        Map<String, Object> byHand = Map.of("col-NUMBER", 0, "col-LAST_NAME", 1, "col-FIRST_NAMES", 2, "col-EMAIL", 3,
                "col-BIRTH_DATE", 4, "col-LAST_DIPLOMA", 5, "col-ROUTE", 6);
        Response mapped = map(first, byHand);
        assertEquals(303, mapped.statusCode(), mapped.asString());
        assertTrue(mapped.header("Location").endsWith(first + "/apercu"));

        // the next file of that kind has the same headers in another order, and one more column
        List<String> reordered = List.of("Filiere", "Ne le", "Titre", "Ident", "Contact", "Prenoms usuels", "Remarque", "Patronyme");
        String second = uploaded(trackId, "candidats", "liste2.csv", csv(reordered, List.of(List.of("Formation initiale",
                "15/03/2001", "Licence", number(), "a@example.org", "Zoe", "-", "Martin")), ','), "text/csv");
        String html = given().get(second).asString();
        assertEquals("3", selected(html, "col-NUMBER"));
        assertEquals("7", selected(html, "col-LAST_NAME"));
        assertEquals("5", selected(html, "col-FIRST_NAMES"));
        assertEquals("4", selected(html, "col-EMAIL"));
        assertEquals("1", selected(html, "col-BIRTH_DATE"));
        assertEquals("2", selected(html, "col-LAST_DIPLOMA"));
        assertEquals("0", selected(html, "col-ROUTE"));
        assertNull(selected(html, "col-PHONE"), "a field the saved mapping left out stays out");
        Screenshots.take("import-mapping", html, 1400);
        Screenshots.takePhone("import-mapping-phone", html, 2200);
        // every list is labelled by its field
        for (MappingField field : ImportKind.CANDIDATES.fields()) {
            assertTrue(html.contains("<label for=\"" + field.id() + "\">"), field.name());
        }
    }

    @Test
    @TestSecurity(user = "import-secretary-2", roles = "secretariat")
    void aFileWithoutAMandatoryColumnIsRefusedAndNothingIsWritten() {
        Long trackId = platformTrack();
        List<String> noBirthDate = new ArrayList<>(HEADER);
        noBirthDate.remove(4);
        List<String> row = candidate(number(), 1);
        row.remove(4);
        String mapping = uploaded(trackId, "candidats", "sans-naissance.csv", csv(noBirthDate, List.of(row), ';'), "text/csv");
        String html = given().get(mapping).asString();
        assertNull(selected(html, "col-BIRTH_DATE"), "the file has no such column");
        // the preview is not reached before a mapping is chosen
        Response early = given().redirects().follow(false).get(mapping + "/apercu");
        assertEquals(303, early.statusCode());

        Map<String, Object> fields = new HashMap<>(Map.of("col-NUMBER", 0, "col-LAST_NAME", 1, "col-FIRST_NAMES", 2,
                "col-EMAIL", 3, "col-LAST_DIPLOMA", 4, "col-ROUTE", 5, "col-PHONE", 6));
        Response refused = map(mapping, fields);
        assertEquals(400, refused.statusCode());
        String body = refused.asString();
        assertTrue(body.contains("error-summary") && body.contains("href=\"#col-BIRTH_DATE\""), body);
        assertTrue(body.contains("Choisissez la colonne du fichier qui contient ce champ"), body);
        // what was chosen stays chosen
        assertEquals("6", selected(body, "col-PHONE"));
        assertEquals(303, given().redirects().follow(false).get(mapping + "/apercu").statusCode(), "no mapping was kept");
        // a mapping that names a column the file lacks: the preview says so and confirming writes nothing
        fields.put("col-BIRTH_DATE", 99);
        assertEquals(400, map(mapping, fields).statusCode());
        assertTrue(dossiers(trackId).isEmpty());
    }

    @Test
    @TestSecurity(user = "import-secretary-3", roles = "secretariat")
    void fiveHundredRowsWithFiveBadOnesWriteNothingAndListTheFive() {
        Long trackId = platformTrack();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(candidate("N" + (100000 + i) + number().substring(2, 6), i));
        }
        rows.get(10).set(4, "31/02/2001");                 // row 12: no such date
        rows.get(99).set(3, "zoe.martin.example.org");     // row 101: no @
        rows.get(200).set(6, "Apprentissage du piano");    // row 202: no such route
        rows.get(350).set(6, "Formation continue");        // row 352: not on the platform for this track
        rows.get(499).set(0, rows.get(0).get(0));          // row 501: the number of row 2
        String mapping = uploaded(trackId, "candidats", "liste-500.csv", csv(HEADER, rows, ';'), "text/csv");
        assertEquals(303, map(mapping, usualMapping()).statusCode());

        String preview = given().get(mapping + "/apercu").then().statusCode(200).extract().asString();
        List<String> problemRows = problemRows(preview);
        assertEquals(List.of("12", "101", "202", "352", "501"), problemRows, preview);
        assertTrue(preview.contains("Date invalide") && preview.contains("Adresse de courriel invalide")
                && preview.contains("Voie inconnue") && preview.contains("ne postulent pas sur Mon Master")
                && preview.contains("Ce numéro figure déjà"), preview);
        assertFalse(preview.contains("/confirmer"), "no confirmation while a problem remains");
        Screenshots.take("import-preview-problems", preview, 1600);
        Screenshots.takePhone("import-preview-problems-phone", preview, 2600);

        // a forced confirmation checks again and writes nothing
        Response forced = FormPost.from(mapping + "/apercu").post(mapping + "/confirmer");
        assertEquals(409, forced.statusCode());
        assertEquals(problemRows, problemRows(forced.asString()));
        assertTrue(dossiers(trackId).isEmpty());
    }

    @Test
    @TestSecurity(user = "import-head", roles = "head")
    void aReimportUpdatesByPlatformNumberAndNeverDuplicates() {
        Long trackId = platformTrack();
        String a = number();
        String b = number();
        String c = number();
        importCandidates(trackId, xlsx(HEADER, List.of(candidate(a, 1), candidate(b, 2), candidate(c, 3))), "liste.xlsx", XLSX);
        List<Application> first = dossiers(trackId);
        assertEquals(3, first.size());
        for (Application app : first) {
            assertEquals(ApplicationOrigin.PLATFORM, app.origin);
            assertNull(app.candidateSubject);
            assertEquals(ApplicationStatus.SUBMITTED, app.status);
            assertNotNull(app.submittedAt);
            assertNotNull(app.reference);
            assertEquals("fr", app.lang);
            assertEquals(LocalDate.of(2001, 3, 15), app.birthDate, "a workbook's date cell");
            assertEquals("Licence de sociologie", app.degrees.get(0).title);
            assertEquals(EntryRoute.INITIALE, app.entryRoute);
        }
        Application firstA = first.stream().filter(x -> x.platformNumber.equals(a)).findFirst().orElseThrow();
        List<ApplicationEvent> history = QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.history(
                Application.findById(firstA.id)));
        assertEquals(1, history.size());
        assertEquals(Transition.SUBMIT, history.get(0).transition);
        assertEquals("Importé de Mon Master (plateforme nationale)", history.get(0).reason);

        // the same candidates again, one with a new e-mail and route, and a new one: in CSV this time
        List<String> changed = candidate(a, 1);
        changed.set(3, "nouvelle.adresse@example.org");
        changed.set(6, "Alternance");
        String d = number();
        String mapping = uploaded(trackId, "candidats", "liste.csv", csv(HEADER, List.of(changed, candidate(b, 2),
                candidate(c, 3), candidate(d, 4)), ';'), "text/csv");
        assertEquals(303, map(mapping, usualMapping()).statusCode());
        String preview = given().get(mapping + "/apercu").asString();
        assertTrue(preview.contains("1 dossier(s) créé(s), 3 dossier(s) déjà importé(s) mis à jour"), preview);
        Screenshots.take("import-preview", preview, 1200);
        Response confirmed = FormPost.from(mapping + "/apercu").post(mapping + "/confirmer");
        assertEquals(303, confirmed.statusCode());
        java.net.URI location = java.net.URI.create(confirmed.header("Location"));
        String result = given().get(location.getRawPath() + "?" + location.getRawQuery()).asString();
        assertTrue(result.contains("Import terminé : 1 dossier(s) créé(s), 3 dossier(s) mis à jour."), result);
        Screenshots.take("import-result", result, 900);
        Screenshots.takePhone("import-result-phone", result, 1400);

        List<Application> second = dossiers(trackId);
        assertEquals(4, second.size(), "never a second dossier for a number");
        Application againA = second.stream().filter(x -> x.platformNumber.equals(a)).findFirst().orElseThrow();
        assertEquals(firstA.id, againA.id);
        assertEquals(firstA.reference, againA.reference);
        assertEquals("nouvelle.adresse@example.org", againA.email);
        assertEquals(EntryRoute.ALTERNANCE, againA.entryRoute);
        // the upload is forgotten once confirmed
        assertEquals(404, given().get(mapping + "/apercu").statusCode());
        // each import left an audit event with counts, never a candidate's data
        List<String> audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "action = ?1 and actorSubject = ?2 order by id", "PLATFORM_IMPORT", "import-head").stream()
                .map(e -> e.detail).toList());
        assertTrue(audited.stream().anyMatch(t -> t.contains("1 created, 3 updated")), audited.toString());
        assertTrue(audited.stream().noneMatch(t -> t.contains("Martin") || t.contains("@")), audited.toString());
    }

    @Test
    @TestSecurity(user = "import-head-2", roles = "head")
    void theStatusFileRecordsThePlatformsOutcomes() {
        Long trackId = platformTrack();
        String a = number();
        String b = number();
        String c = number();
        importCandidates(trackId, csv(HEADER, List.of(candidate(a, 1), candidate(b, 2), candidate(c, 3)), ';'), "l.csv", "text/csv");
        List<String> header = List.of("Numero candidat", "Nom", "Etat de la candidature");
        String unknown = number();
        String mapping = uploaded(trackId, "resultats", "etats.csv", csv(header, List.of(List.of(a, "Martin1", "Admis"),
                List.of(b, "Martin2", "Refus"), List.of(c, "Martin3", "En attente de traitement"),
                List.of(unknown, "Inconnu", "Admis")), ';'), "text/csv");
        String html = given().get(mapping).asString();
        assertEquals("0", selected(html, "col-OUTCOME_NUMBER"));
        assertEquals("2", selected(html, "col-OUTCOME"));
        // the words of the outcome column, each to be given its meaning
        assertTrue(html.contains("Le mot « Admis » signifie") && html.contains("Le mot « Refus » signifie"), html);
        Screenshots.take("import-mapping-outcomes", html, 1400);
        Map<String, Object> fields = Map.of("col-OUTCOME_NUMBER", 0, "col-OUTCOME", 2, "mots-de", 2,
                "mot", List.of("Admis", "Refus", "En attente de traitement"), "issue", List.of("ADMITTED", "REFUSED", ""));
        Response unchosen = map(mapping, fields);
        assertEquals(400, unchosen.statusCode(), "a word without a meaning");
        assertTrue(unchosen.asString().contains("Choisissez ce que signifie ce mot."));
        fields = Map.of("col-OUTCOME_NUMBER", 0, "col-OUTCOME", 2, "mots-de", 2,
                "mot", List.of("Admis", "Refus", "En attente de traitement"), "issue", List.of("ADMITTED", "REFUSED", "INCHANGE"));
        assertEquals(303, map(mapping, fields).statusCode());
        String preview = given().get(mapping + "/apercu").asString();
        assertEquals(List.of("5"), problemRows(preview), "the number no dossier has");
        assertTrue(preview.contains("Aucun dossier importé de cette formation n’a ce numéro."), preview);

        // the file without that row
        String fixed = uploaded(trackId, "resultats", "etats.csv", csv(header, List.of(List.of(a, "Martin1", "ADMIS "),
                List.of(b, "Martin2", "Refus"), List.of(c, "Martin3", "En attente de traitement")), ';'), "text/csv");
        String offered = given().get(fixed).asString();
        assertEquals("ADMITTED", selected(offered, "mot-0"), "the words' meanings were saved, whatever the case");
        assertEquals("INCHANGE", selected(offered, "mot-2"));
        assertEquals(303, map(fixed, fields).statusCode());
        Response confirmed = FormPost.from(fixed + "/apercu").post(fixed + "/confirmer");
        assertEquals(303, confirmed.statusCode(), confirmed.asString());
        Map<String, PlatformOutcome> outcomes = new HashMap<>();
        dossiers(trackId).forEach(app -> outcomes.put(app.platformNumber, app.platformOutcome));
        assertEquals(PlatformOutcome.ADMITTED, outcomes.get(a));
        assertEquals(PlatformOutcome.REFUSED, outcomes.get(b));
        assertNull(outcomes.get(c));
        assertEquals(3, dossiers(trackId).size());
    }

    @Test
    @TestSecurity(user = "import-secretary-4", roles = "secretariat")
    void hostileAndWrongFilesAreRefusedOnTheUploadPage() {
        Long trackId = platformTrack();
        Response none = upload(trackId, "candidats", "", new byte[0], "application/octet-stream");
        assertEquals(400, none.statusCode());
        assertTrue(none.asString().contains("Choisissez un fichier"), none.asString());
        Response binary = upload(trackId, "candidats", "photo.csv", new byte[] {1, 0, 2, 0, 3}, "text/csv");
        assertEquals(400, binary.statusCode());
        assertTrue(binary.asString().contains("ni un CSV ni un classeur XLSX"));
        Response oldExcel = upload(trackId, "candidats", "liste.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2},
                "application/vnd.ms-excel");
        assertEquals(400, oldExcel.statusCode());
        assertTrue(oldExcel.asString().contains("Excel 97-2003"));
        Response formula = upload(trackId, "candidats", "f.xlsx", SheetReaderTest.workbookWithFormula(), XLSX);
        assertEquals(400, formula.statusCode());
        assertTrue(formula.asString().contains("contient des formules"));
        Screenshots.take("import-upload-refused", formula.asString(), 900);
        Response kindless = upload(trackId, "autre", "l.csv", csv(HEADER, List.of(candidate(number(), 1)), ';'), "text/csv");
        assertEquals(400, kindless.statusCode());
        String page = given().get(page(trackId)).then().statusCode(200).extract().asString();
        Screenshots.take("import-upload", page, 900);
        Screenshots.takePhone("import-upload-phone", page, 1400);
    }

    @Test
    @TestSecurity(user = "import-secretary-5", roles = "secretariat")
    void onlyPlatformTracksHaveAnImportAndAnUploadIsOnlyItsUploaders() {
        Long local = platformTrack(EnumSet.noneOf(EntryRoute.class));
        assertEquals(404, given().get(page(local)).statusCode());
        assertEquals(404, given().get("/plateforme/abc/import").statusCode());
        Long trackId = platformTrack();
        assertEquals(200, given().get(page(trackId)).statusCode());
        // an upload of someone else, or a made-up id: the upload page says the file is no longer kept
        String someoneElses = QuarkusTransaction.requiringNew().call(() -> {
            ImportUpload upload = new ImportUpload();
            upload.id = java.util.UUID.randomUUID().toString();
            upload.ownerSubject = "someone-else";
            upload.trackId = trackId;
            upload.kind = ImportKind.CANDIDATES;
            upload.fileName = "x.csv";
            upload.content = csv(HEADER, List.of(candidate(number(), 1)), ',');
            upload.createdAt = java.time.Instant.now();
            upload.persist();
            return upload.id;
        });
        Response other = given().get(page(trackId) + "/" + someoneElses);
        assertEquals(404, other.statusCode());
        assertTrue(other.asString().contains("n’est plus gardé"), other.asString());
        assertEquals(404, FormPost.from(page(trackId)).post(page(trackId) + "/" + someoneElses + "/confirmer").statusCode());
    }

    @Test
    @TestSecurity(user = "import-reviewer", roles = "reviewer")
    void aReviewerCannotImport() {
        Long trackId = platformTrack();
        assertEquals(403, given().get(page(trackId)).statusCode());
    }

    @Test
    @TestSecurity(user = "import-candidate", roles = "candidate")
    void aCandidateCannotImport() {
        Long trackId = platformTrack();
        assertEquals(403, given().get(page(trackId)).statusCode());
        Response posted = given().redirects().follow(false).multiPart("csrf-token", FormPost.token("/candidatures"))
                .multiPart("type", "candidats").multiPart("fichier", "l.csv", csv(HEADER, List.of(candidate(number(), 1)), ';'),
                        "text/csv").post(page(trackId));
        assertEquals(403, posted.statusCode());
        assertTrue(dossiers(trackId).isEmpty());
    }

    /** The row numbers of the preview's problems, in order. */
    private static List<String> problemRows(String html) {
        Matcher table = Pattern.compile("<table class=\"requests-table\" id=\"problems\">(.*?)</table>", Pattern.DOTALL).matcher(html);
        if (!table.find()) {
            return List.of();
        }
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<th scope=\"row\" class=\"num\">([^<]*)</th>").matcher(table.group(1));
        while (row.find()) {
            rows.add(row.group(1));
        }
        return rows;
    }
}
