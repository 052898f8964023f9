package fr.univlorraine.ieps.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.AuditAddress;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.audit.AuditLines;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit journal of the DPO and the admin: the filters (dossier, candidate, staff member, kind, Paris days), the
 * pages of 50 lines, the link to a dossier for the admin only, the address or its absence, the CSV of the same filter
 * (itself audited, formula-safe), the integrity check on the page and as JSON, and nobody else let in.
 */
@QuarkusTest
class AuditJournalResourceTest {

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    private static Application dossier(String prefix) {
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique(prefix), Level.M2, false);
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id));
    }

    private static long count(String action, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and actorSubject = ?2", action,
                subject));
    }

    @Test
    @TestSecurity(user = "aud-admin", roles = "admin")
    void theAdminFindsWhoOpenedADossierWithTheLinkToItAndTheAddressItCameFrom() {
        Application app = dossier("aud-a");
        given().get("/dossiers/" + app.id).then().statusCode(200);
        AuditEvent line = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "applicationId = ?1 and action = 'VIEW_DOSSIER'", app.id).singleResult());
        String address = QuarkusTransaction.requiringNew().call(() -> AuditAddress.<AuditAddress>findById(line.id).address);
        assertTrue(address.equals("127.0.0.1") || address.contains(":"), address);

        given().queryParam("dossier", app.reference.toLowerCase()).get("/dpo/journal").then().statusCode(200)
                .body(containsString("1 ligne<"), containsString("href=\"/dossiers/" + app.id + "\""),
                        containsString(app.reference), containsString("Dossier consulté"), containsString("aud-admin"),
                        containsString("administration"), containsString(address));
        given().queryParam("candidat", app.lastName.toUpperCase()).get("/dpo/journal").then().statusCode(200)
                .body(containsString(app.reference), containsString("1 ligne<"));
        given().queryParam("candidat", app.email).queryParam("type", "VIEW_DOSSIER").get("/dpo/journal").then()
                .statusCode(200).body(containsString("1 ligne<"));
        given().queryParam("dossier", app.reference).queryParam("type", "EXPORT_LIST").get("/dpo/journal").then()
                .statusCode(200).body(containsString("Aucune ligne<"), not(containsString("href=\"/dossiers/" + app.id)));
        String page = given().get("/dpo/journal").asString();
        Screenshots.take("dpo-journal", page, 1400);
        Screenshots.takePhone("dpo-journal-phone", page);
    }

    @Test
    @TestSecurity(user = "aud-dpo", roles = "dpo")
    void theDpoReadsTheJournalWithoutALinkToTheDossierAndSeesForgottenAddresses() {
        Application app = dossier("aud-d");
        AuditLines.write("aud-someone", "Quelqu’un du secrétariat", "secretariat", AuditAction.DOWNLOAD_ZIP, app.id,
                Instant.now());
        given().queryParam("dossier", app.reference).get("/dpo/journal").then().statusCode(200)
                .body(containsString(app.reference), not(containsString("href=\"/dossiers/" + app.id)),
                        containsString("Pièces téléchargées (ZIP)"), containsString("Quelqu’un du secrétariat"),
                        containsString("secrétariat"), containsString("oubliée"))
                .body(not(containsString("method=\"post\"")), not(containsString("method=\"POST\"")));
        given().queryParam("personne", "AUD-SOMEONE").queryParam("dossier", app.reference).get("/dpo/journal").then()
                .statusCode(200).body(containsString("1 ligne<"));
        given().header("Accept-Language", "en").cookie("ieps-lang", "en").queryParam("dossier", app.reference)
                .get("/dpo/journal").then().statusCode(200).body(containsString("Documents downloaded (ZIP)"),
                        containsString("forgotten"));
    }

    @Test
    @TestSecurity(user = "aud-period", roles = "dpo")
    void thePeriodIsOfParisDaysBothIncluded() {
        // 23:30 UTC on 10 March is 00:30 on 11 March in Paris
        AuditLines.write("aud-period-staff", "Période", "head", AuditAction.RANK_MOVED, null,
                Instant.parse("2030-03-10T23:30:00Z"));
        given().queryParam("personne", "aud-period-staff").queryParam("du", "2030-03-11").queryParam("au", "2030-03-11")
                .get("/dpo/journal").then().statusCode(200).body(containsString("1 ligne<"));
        given().queryParam("personne", "aud-period-staff").queryParam("du", "2030-03-10").queryParam("au", "2030-03-10")
                .get("/dpo/journal").then().statusCode(200).body(containsString("Aucune ligne<"));
        given().queryParam("personne", "aud-period-staff").queryParam("au", "2030-03-11").get("/dpo/journal").then()
                .statusCode(200).body(containsString("1 ligne<"));
    }

    @Test
    @TestSecurity(user = "aud-errors", roles = "admin")
    void aFilterThatCannotBeReadIsShownAgainWithItsErrorsAndNoLines() {
        given().queryParam("du", "2030-13-45").queryParam("personne", "Dupont").get("/dpo/journal").then().statusCode(400)
                .body(containsString("href=\"#du\""), containsString("value=\"Dupont\""), not(containsString("lignes</h2>")));
        given().queryParam("du", "2030-05-02").queryParam("au", "2030-05-01").get("/dpo/journal").then().statusCode(400)
                .body(containsString("La date de fin précède la date de début"));
        given().queryParam("type", "NOPE").get("/dpo/journal").then().statusCode(400).body(containsString("href=\"#type\""));
        given().queryParam("type", "NOPE").get("/dpo/journal.csv").then().statusCode(400)
                .body(containsString("href=\"#type\""));
    }

    @Test
    @TestSecurity(user = "aud-pager", roles = "admin")
    void fiftyLinesAPageNewestFirst() {
        Instant start = Instant.parse("2031-02-01T08:00:00Z");
        for (int i = 0; i < 51; i++) {
            AuditLines.write("aud-pager-staff", "Pager " + i, "reviewer", AuditAction.VIEW_DOSSIER, null,
                    start.plusSeconds(60L * i));
        }
        String first = given().queryParam("personne", "aud-pager-staff").get("/dpo/journal").then().statusCode(200)
                .body(containsString("Lignes 1 à 50 sur 51"), containsString("Pager 50"), not(containsString("Pager 0<")),
                        containsString("page=2"))
                .extract().asString();
        assertTrue(first.indexOf("Pager 50") < first.indexOf("Pager 49"), "newest first");
        given().queryParam("personne", "aud-pager-staff").queryParam("page", "2").get("/dpo/journal").then()
                .statusCode(200).body(containsString("Lignes 51 à 51 sur 51"), containsString("Pager 0<"));
    }

    @Test
    @TestSecurity(user = "aud-csv", roles = "admin")
    void theCsvHoldsTheLinesOfTheFilterFormulaSafeAndItsDownloadIsAudited() {
        Application app = dossier("aud-c");
        Long id = AuditLines.write("aud-csv-staff", "=HYPERLINK(\"x\")", "secretariat", AuditAction.EXPORT_LIST, app.id,
                Instant.parse("2031-03-01T09:15:30Z"));
        long before = count("EXPORT_AUDIT", "aud-csv");
        String csv = given().queryParam("dossier", app.reference).get("/dpo/journal.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("ieps-journal-audit.csv"))
                .extract().asString();
        assertEquals(before + 1, count("EXPORT_AUDIT", "aud-csv"));
        List<String> rows = csv.lines().toList();
        assertEquals(2, rows.size(), csv);
        assertTrue(rows.get(0).contains("Date;Qui;Identifiant;Rôles;Action;Code;Dossier"), rows.get(0));
        String row = rows.get(1);
        assertTrue(row.startsWith("2031-03-01 10:15:30;"), row);
        assertTrue(row.contains("'=HYPERLINK"), "a formula is neutralised: " + row);
        assertTrue(row.contains("Liste exportée;EXPORT_LIST;" + app.reference + ";" + app.id), row);
        assertTrue(row.contains(";oubliée;"), row);
        String detail = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "action = 'EXPORT_AUDIT' and actorSubject = 'aud-csv' order by id desc").firstResult().detail);
        assertTrue(detail.contains("dossier=" + app.reference), detail);
        assertTrue(id > 0);
    }

    @Test
    @TestSecurity(user = "aud-check", roles = "dpo")
    void theIntegrityCheckIsOnThePageAndAJsonCommand() {
        given().get("/dpo/journal/integrite").then().statusCode(200).body(containsString("Journal intact"));
        given().get("/api/dpo/audit/verification").then().statusCode(200).body("intact", equalTo(true));
        Long id = AuditLines.write("aud-check-staff", "Vérif", "head", AuditAction.DECISION_PREPARED, null, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> AuditEvent.getEntityManager()
                .createNativeQuery("update audit_event set detail = 'changed' where id = " + id).executeUpdate());
        try {
            given().get("/dpo/journal/integrite").then().statusCode(200)
                    .body(containsString("Journal altéré"), containsString("Ligne n° " + id));
            given().get("/api/dpo/audit/verification").then().statusCode(200).body("intact", equalTo(false),
                    "problem", equalTo("ALTERED"), "eventId", equalTo(id.intValue()));
            Screenshots.take("dpo-journal-broken", given().get("/dpo/journal/integrite").asString(), 900);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> AuditEvent.getEntityManager()
                    .createNativeQuery("update audit_event set detail = null where id = " + id).executeUpdate());
        }
        given().get("/api/dpo/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    @TestSecurity(user = "aud-secretariat", roles = {"secretariat", "head", "reviewer"})
    void theStaffCannotReadTheJournal() {
        for (String path : List.of("/dpo/journal", "/dpo/journal.csv", "/dpo/journal/integrite", "/api/dpo/audit/verification")) {
            given().redirects().follow(false).get(path).then().statusCode(403);
        }
    }

    @Test
    @TestSecurity(user = "aud-candidate", roles = "candidate")
    void aCandidateCannotReadTheJournal() {
        for (String path : List.of("/dpo/journal", "/dpo/journal.csv", "/dpo/journal/integrite", "/api/dpo/audit/verification")) {
            given().redirects().follow(false).get(path).then().statusCode(403);
        }
    }
}
