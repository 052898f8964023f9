package fr.univlorraine.ieps.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.documents.ApplicationDocument;
import fr.univlorraine.ieps.review.ReviewFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each staff reading of a dossier (its pages, its PDF, a piece shown or downloaded, the ZIP) and each export writes
 * exactly one line of the audit trail, of its kind, naming the dossier and the piece, with the address it came from.
 */
@QuarkusTest
class StaffReadingsAuditTest {

    private static final String ME = "readings-secretariat";

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    private static List<AuditEvent> mine() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("actorSubject = ?1 order by id", ME));
    }

    /** Runs the request and returns the one line it wrote. */
    private static AuditEvent oneLine(Runnable request) {
        int before = mine().size();
        request.run();
        List<AuditEvent> after = mine();
        assertEquals(before + 1, after.size(), "exactly one line");
        AuditEvent line = after.get(after.size() - 1);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.audit.AuditAddress.count(
                "eventId", line.id)), "with the address it came from");
        return line;
    }

    @Test
    @TestSecurity(user = ME, roles = "secretariat")
    void everyReadingAndExportIsOneLine() {
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("readings"), Level.M2, true);
        Long piece = QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.<ApplicationDocument>find(
                "application.id", id).firstResult().id);

        AuditEvent line = oneLine(() -> given().get("/secretariat/dossiers/" + id).then().statusCode(200));
        assertEquals(List.of("VIEW_DOSSIER", id), List.of(line.action, line.applicationId));
        line = oneLine(() -> given().get("/dossiers/" + id).then().statusCode(200));
        assertEquals(List.of("VIEW_DOSSIER", id), List.of(line.action, line.applicationId));
        line = oneLine(() -> given().get("/dossiers/" + id + "/pdf").then().statusCode(200));
        assertEquals(List.of("DOWNLOAD_DOSSIER_PDF", id), List.of(line.action, line.applicationId));
        line = oneLine(() -> given().get("/dossiers/" + id + "/pieces/" + piece).then().statusCode(200));
        assertEquals(List.of("VIEW_DOCUMENT", id, piece), List.of(line.action, line.applicationId, line.documentId));
        line = oneLine(() -> given().queryParam("telecharger", "1").get("/dossiers/" + id + "/pieces/" + piece).then()
                .statusCode(200));
        assertEquals(List.of("DOWNLOAD_DOCUMENT", id, piece), List.of(line.action, line.applicationId, line.documentId));
        line = oneLine(() -> FormPost.from("/secretariat").formParam("ids", id).post("/secretariat/zip").then()
                .statusCode(200));
        assertEquals(List.of("DOWNLOAD_ZIP", id), List.of(line.action, line.applicationId));
        line = oneLine(() -> given().get("/secretariat/exports/M2/candidatures/csv").then().statusCode(200));
        assertEquals("EXPORT_LIST", line.action);
    }
}
