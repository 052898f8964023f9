package fr.univlorraine.ieps.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.notification.OutboxMail;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The admin's mails page: failed mails with the server's answer, sent again on request; nobody else sees it. */
@QuarkusTest
class MailOutboxResourceTest {

    @Inject
    Event<ApplicationMail> mails;

    /** A mail that failed every attempt, as the outbox leaves it. */
    private Long failedMail(String reference) {
        var mail = new ApplicationMail(ApplicationMail.Kind.DECISION, ThreadLocalRandom.current().nextLong(1L << 40),
                TestIds.unique("ops-") + "@example.fr", "fr", reference, "M1", null);
        QuarkusTransaction.requiringNew().run(() -> mails.fire(mail));
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMail row = OutboxMail.find("applicationId", mail.applicationId()).singleResult();
            row.state = OutboxMail.State.FAILED;
            row.attempts = 8;
            row.lastError = "SMTPException: 421 4.7.0 Try again later";
            return row.id;
        });
    }

    private static OutboxMail.State state(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>findById(id).state);
    }

    @Test
    @TestSecurity(user = "ops-admin", roles = Roles.ADMIN)
    void theAdminSeesAFailedMailWithTheServersAnswerAndSendsItAgain() {
        String reference = TestIds.unique("IEPS-OPS-");
        Long id = failedMail(reference);

        String page = given().get("/admin/courriels").then().statusCode(200).extract().asString();
        Screenshots.take("admin-mails", page, 1100);
        int row = page.indexOf("id=\"courriel-" + id + "\"");
        assertTrue(row > 0, page);
        String line = page.substring(row, page.indexOf("</tr>", row));
        assertTrue(line.contains(reference) && line.contains("Décision publiée") && line.contains("421 4.7.0"), line);
        assertTrue(line.contains("aria-label=\"Renvoyer le courriel « Décision publiée » à ops-"), line);

        String location = FormPost.from("/admin/courriels").post("/admin/courriels/" + id + "/renvoyer").then()
                .statusCode(303).extract().header("Location");
        assertTrue(location.endsWith("/admin/courriels?ok=resent"), location);
        assertEquals(OutboxMail.State.PENDING, state(id));
        given().get("/admin/courriels?ok=resent").then().statusCode(200);
        assertTrue(given().get("/admin/courriels?ok=resent").asString().contains("remis en file d’envoi"));

        String again = FormPost.from("/admin/courriels").post("/admin/courriels/" + id + "/renvoyer").then()
                .statusCode(303).extract().header("Location");
        assertTrue(again.endsWith("?ok=unchanged"), "a mail no longer failed changes nothing: " + again);
        assertEquals(OutboxMail.State.PENDING, state(id));
        String unknown = FormPost.from("/admin/courriels").post("/admin/courriels/999999999/renvoyer").then()
                .statusCode(303).extract().header("Location");
        assertTrue(unknown.endsWith("?ok=unchanged"), unknown);
    }

    @Test
    @TestSecurity(user = "ops-admin-en", roles = Roles.ADMIN)
    void thePageReadsInEnglish() {
        failedMail(TestIds.unique("IEPS-OPS-"));
        String page = given().cookie("ieps-lang", "en").get("/admin/courriels").then().statusCode(200).extract().asString();
        Screenshots.take("admin-mails-en", page, 1100);
        assertTrue(page.contains("Mails to candidates") && page.contains("Decision published"), page);
        assertFalse(page.contains("Courriels aux candidats"));
    }

    @Test
    @TestSecurity(user = "ops-secretariat", roles = {Roles.SECRETARIAT, Roles.HEAD, Roles.REVIEWER, Roles.CANDIDATE})
    void nobodyButTheAdminSeesOrResends() {
        Long id = failedMail(TestIds.unique("IEPS-OPS-"));
        given().redirects().follow(false).get("/admin/courriels").then().statusCode(403);
        given().redirects().follow(false).formParam("csrf-token", FormPost.token("/contact"))
                .post("/admin/courriels/" + id + "/renvoyer").then().statusCode(403);
        assertEquals(OutboxMail.State.FAILED, state(id));
    }

    @Test
    void anonymousPeopleAreSentToLogin() {
        int status = given().redirects().follow(false).get("/admin/courriels").statusCode();
        assertTrue(status == 302 || status == 401, "status " + status);
    }

    @Test
    @TestSecurity(user = "ops-admin-forged", roles = Roles.ADMIN)
    void aForgedResendIsRefusedAndTheMailStaysFailed() {
        Long id = failedMail(TestIds.unique("IEPS-OPS-"));
        String path = "/admin/courriels/" + id + "/renvoyer";
        String token = FormPost.token("/admin/courriels");

        given().redirects().follow(false).post(path).then().statusCode(403);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").post(path).then().statusCode(403);
        given().redirects().follow(false).contentType("text/plain").body("csrf-token=" + token).post(path).then()
                .statusCode(403);
        given().redirects().follow(false).header("Origin", "https://evil.univ-lorraine.fr").formParam("csrf-token", token)
                .post(path).then().statusCode(403);

        assertEquals(OutboxMail.State.FAILED, state(id), "nothing changed");
        FormPost.from("/admin/courriels").post(path).then().statusCode(303);
        assertEquals(OutboxMail.State.PENDING, state(id), "the same request with its token gets through");
    }
}
