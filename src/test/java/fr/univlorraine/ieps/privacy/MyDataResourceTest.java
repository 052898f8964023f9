package fr.univlorraine.ieps.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The candidate's rights page and their archive: everything of theirs, nothing of anyone else's. */
@QuarkusTest
class MyDataResourceTest {

    @jakarta.inject.Inject
    fr.univlorraine.ieps.notification.MailOutbox outbox;

    @jakarta.inject.Inject
    io.quarkus.mailer.MockMailbox mailbox;

    static final String X = "rights-candidate-x";
    static final String Y = "rights-candidate-y";

    /** The archive's entries by name. */
    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] download() {
        return given().get("/mes-donnees/archive.zip").then().statusCode(200)
                .header("Content-Type", containsString("application/zip"))
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
    }

    @Test
    @TestSecurity(user = X, roles = "candidate", attributes = @SecurityAttribute(key = "email", value = X + "@example.fr"))
    void theArchiveHoldsMyRowsOfEveryPersonalTableAndNothingOfAnotherCandidate() throws Exception {
        MyDataFixtures.Candidate me = MyDataFixtures.candidate(X);
        MyDataFixtures.Candidate other = MyDataFixtures.candidate(Y);

        Map<String, byte[]> zip = unzip(download());
        String text = new String(zip.get(MyDataArchive.JSON), StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(text);
        assertEquals(MyDataArchive.FORMAT, json.get("format").asText());

        // mine: a row in every table the registry names as personal
        Set<Long> myDossiers = new HashSet<>();
        json.get("tables").get("application").forEach(row -> myDossiers.add(row.get("id").asLong()));
        assertTrue(myDossiers.contains(me.submitted()) && myDossiers.contains(me.draft()), myDossiers.toString());
        for (var table : PersonalDataTables.personal()) {
            JsonNode rows = json.get("tables").get(table.table());
            assertNotNull(rows, "no key for " + table.table());
            assertTrue(rows.size() > 0, "none of my rows in " + table.table());
            for (JsonNode row : rows) {
                if (row.has("application_id") && !row.get("application_id").isNull()) {
                    assertTrue(myDossiers.contains(row.get("application_id").asLong()),
                            table.table() + " gives a row of another dossier: " + row);
                }
                row.fieldNames().forEachRemaining(column -> assertTrue(table.gives(column), table.table() + "." + column));
            }
        }
        assertTrue(text.contains("Licence " + me.marker()) && text.contains("Message " + me.marker())
                && text.contains("Avis " + me.marker()) && text.contains("Note publiée " + me.marker()), "my texts");
        // nothing of the other candidate's, anywhere
        assertFalse(text.contains(other.marker()), "the other candidate's data is in my archive");
        assertFalse(text.contains(Y), "the other candidate's login is in my archive");
        // withheld: staff identities, secrets, the staff's work before publication, draft decisions
        assertFalse(text.contains("Claire Staff") || text.contains("staff-x") || text.contains("head-x"), "staff identities");
        assertFalse(text.contains("TOKENS-") || text.contains(me.marker() + "-hash") || text.contains(me.storedName()), "secrets");
        assertFalse(text.contains("NOTE-PAS-PUBLIEE"), "a note on a dossier whose decisions are not published");
        assertEquals(1, json.get("tables").get("decision").size(), "the draft decision is not given");
        assertEquals(Set.of("occurred_at", "actor_roles", "action", "application_id"),
                fieldsOf(json.get("tables").get("audit_event").get(0)));
        assertTrue(json.get("tables").get("application").get(0).get("created_at").asText().endsWith("Z"), "ISO instants");
        assertTrue(json.get("withheld").size() == MyDataWithheld.values().length, "every withheld part is stated");

        // my pieces, named by type, with their bytes; not the other candidate's
        String piece = json.get("pieces").get(0).get("file").asText();
        assertTrue(piece.startsWith("pieces/") && piece.endsWith(".pdf"), piece);
        assertTrue(zip.keySet().stream().filter(n -> n.startsWith("pieces/")).count() == 2, zip.keySet().toString());
        assertArrayEquals(me.pieceBytes(), zip.get(piece));
        for (byte[] content : zip.values()) {
            assertFalse(new String(content, StandardCharsets.ISO_8859_1).contains(other.marker()), "another's piece");
        }
    }

    @Test
    @TestSecurity(user = Y + "-2", roles = "candidate")
    void anotherCandidatesArchiveHasNothingOfMine() throws Exception {
        MyDataFixtures.Candidate me = MyDataFixtures.candidate(X + "-2");
        MyDataFixtures.Candidate other = MyDataFixtures.candidate(Y + "-2");
        Map<String, byte[]> zip = unzip(download());
        String text = new String(zip.get(MyDataArchive.JSON), StandardCharsets.UTF_8);
        assertTrue(text.contains(other.marker()), "the signed-in candidate gets their own archive");
        for (byte[] content : zip.values()) {
            assertFalse(new String(content, StandardCharsets.ISO_8859_1).contains(me.marker()), "my data in another's archive");
        }
    }

    @Test
    @TestSecurity(user = "rights-downloader", roles = "candidate",
            attributes = @SecurityAttribute(key = "email", value = "rights-downloader@example.fr"))
    void eachDownloadIsLoggedAndConfirmedByMail() {
        long lines = count("select count(*) from audit_event where action = ?1 and actor_subject = ?2",
                AuditLog.DATA_DOWNLOAD, "rights-downloader");
        long mails = count("select count(*) from mail_outbox where kind = 'DATA_DOWNLOADED' and recipient = ?1",
                "rights-downloader@example.fr");
        download();
        assertEquals(lines + 1, count("select count(*) from audit_event where action = ?1 and actor_subject = ?2",
                AuditLog.DATA_DOWNLOAD, "rights-downloader"));
        assertEquals(mails + 1, count("select count(*) from mail_outbox where kind = 'DATA_DOWNLOADED' and recipient = ?1",
                "rights-downloader@example.fr"));
        // the mail, as the candidate reads it
        outbox.sendDue();
        var sent = mailbox.getMailsSentTo("rights-downloader@example.fr");
        assertEquals(1, sent.size());
        assertEquals("Vous avez téléchargé vos données personnelles", sent.get(0).getSubject());
        String body = sent.get(0).getText();
        assertTrue(body.contains("Si ce n’était pas vous") && body.contains("/mes-donnees") && !body.contains("{"), body);
    }

    @Test
    @TestSecurity(user = "rights-page", roles = "candidate")
    void thePageLinksEachDossierToWhereItsIdentityIsCorrected() throws Exception {
        Long draft = MyDataFixtures.dossier("rights-page", "DRAFT");
        Long refused = MyDataFixtures.dossier("rights-page", "REJECTED");
        String page = given().get("/mes-donnees").then().statusCode(200).extract().asString();
        assertTrue(page.contains("/candidatures/" + draft + "/dossier#identite"), "a draft is corrected in its form");
        assertTrue(page.contains("/candidatures/" + refused + "/messages"), "a submitted dossier through the secretariat");
        assertFalse(page.contains("/candidatures/" + refused + "/dossier#identite"));
        assertTrue(page.contains("/mes-donnees/archive.zip") && page.contains("/mes-donnees/suppression"));
        // the durations stated are the campaign's rules
        assertTrue(page.contains("supprimés 30 jours après la clôture") && page.contains("12 mois après la fin du délai de recours"),
                "retention rules");
        given().get("/candidatures").then().statusCode(200).body(containsString("href=\"/mes-donnees\""));
        if (Screenshots.enabled()) {
            Screenshots.take("mes-donnees", page, 2600);
            Screenshots.takePhone("mes-donnees-phone", page, 4200);
            String english = given().cookie("ieps-lang", "en").get("/mes-donnees").then().statusCode(200).extract().asString();
            Screenshots.take("mes-donnees-en", english, 2600);
        }
    }

    @Test
    @TestSecurity(user = "rights-reviewer", roles = "reviewer")
    void aReviewerCannotOpenThePage() {
        given().get("/mes-donnees").then().statusCode(403);
        given().get("/mes-donnees/archive.zip").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "rights-head", roles = "head")
    void aHeadCannotOpenThePage() {
        given().get("/mes-donnees").then().statusCode(403);
        given().get("/mes-donnees/archive.zip").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "rights-secretariat", roles = "secretariat")
    void theSecretariatCannotOpenThePage() {
        given().get("/mes-donnees").then().statusCode(403);
        given().get("/mes-donnees/archive.zip").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "rights-admin", roles = "admin")
    void anAdminCannotOpenThePage() {
        given().get("/mes-donnees").then().statusCode(403);
        given().get("/mes-donnees/archive.zip").then().statusCode(403);
    }

    private static Set<String> fieldsOf(JsonNode row) {
        Set<String> names = new HashSet<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static long count(String sql, Object... parameters) {
        return ((Number) MyDataFixtures.value(sql, parameters)).longValue();
    }
}
