package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.TestIds;
import static fr.univlorraine.ieps.export.ExportFixtures.dossier;
import static fr.univlorraine.ieps.export.ExportFixtures.email;
import static fr.univlorraine.ieps.export.ExportFixtures.tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.enrolment.SheetFixtures;
import fr.univlorraine.ieps.export.ExportFixtures.Person;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The secretariat confirms the enrolment of an accepted candidate; anything else is refused with a message. */
@QuarkusTest
class EnrolmentResourceTest {

    private static final String PAGE = "/secretariat/inscriptions";

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    /** An accepted place whose candidate completed the enrolment sheet. */
    private static Long accepted(String tag, String lastName) {
        Long id = withoutSheet(tag, lastName);
        SheetFixtures.complete(id);
        return id;
    }

    private static Long withoutSheet(String tag, String lastName) {
        return dossier(Level.M1, email(tag, 1), new Person(lastName, "Inès", "0612345678", EntryRoute.INITIALE, false),
                ApplicationStatus.ACCEPTED);
    }

    /** Posts the confirmation and follows the redirect: the page and the redirect's target. */
    private static Response confirm(Object id) {
        Response post = ExportFixtures.post(PAGE).post(PAGE + "/" + id);
        assertEquals(303, post.statusCode(), post.asString());
        return given().get(post.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", ""));
    }

    private static long enrolEvents(Long id) {
        return ExportFixtures.history(id).stream().filter(e -> e.transition == Transition.ENROL).count();
    }

    @Test
    @TestSecurity(user = "sec-enrol", roles = "secretariat")
    void anAcceptedPlaceBecomesEnrolledWithAHistoryLine() {
        Long id = accepted(tag("enrol"), "Weiss");
        String reference = ExportFixtures.reload(id).reference;
        given().get(PAGE).then().statusCode(200).body(containsString(reference), containsString("Confirmer l’inscription"),
                containsString("Confirmer l’inscription du dossier " + reference),
                containsString("href=\"/dossiers/" + id + "\""));

        Response post = ExportFixtures.post(PAGE).post(PAGE + "/" + id);
        assertEquals(303, post.statusCode());
        assertTrue(post.header("Location").contains("/secretariat/inscriptions?resultat=ENROLLED&dossier=" + id), post.header("Location"));
        String html = given().get(post.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "")).then().statusCode(200)
                .body(containsString("L’inscription du dossier " + reference + " est confirmée."), containsString("role=\"status\""))
                .extract().asString();

        assertEquals(ApplicationStatus.ENROLLED, ExportFixtures.reload(id).status);
        ApplicationEvent last = ExportFixtures.history(id).get(ExportFixtures.history(id).size() - 1);
        assertEquals(Transition.ENROL, last.transition);
        assertEquals(ApplicationStatus.ACCEPTED, last.fromStatus);
        assertEquals(ApplicationStatus.ENROLLED, last.toStatus);
        assertEquals(Actor.SECRETARIAT, last.actorRole);
        assertEquals("sec-enrol", last.actorSubject);
        Screenshots.take("secretariat-inscriptions", html, 900);
    }

    @Test
    @TestSecurity(user = "sec-enrol-sheet", roles = "secretariat")
    void anAcceptedPlaceWithoutItsEnrolmentSheetIsRefusedAndNothingChanges() {
        accepted(tag("sheet-form"), "Complète");  // a place to confirm, so that the page has a form and its token
        Long id = withoutSheet(tag("sheet"), "Sansfiche");
        Application before = ExportFixtures.reload(id);
        int events = ExportFixtures.history(id).size();
        String page = given().get(PAGE).then().statusCode(200).extract().asString();
        String row = page.substring(page.indexOf("id=\"dossier-" + id + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("À compléter par le candidat") && row.contains("En attente de la fiche"), row);
        assertTrue(!row.contains("<button"), "no button while the sheet is missing: " + row);

        Response post = ExportFixtures.post(PAGE).post(PAGE + "/" + id);
        assertEquals(303, post.statusCode());
        assertTrue(post.header("Location").contains("resultat=SHEET_MISSING"), post.header("Location"));
        confirm(id).then().statusCode(200).body(containsString("Le dossier " + before.reference
                + " n’a pas encore de fiche d’inscription"), containsString("Rien n’a changé."), containsString("role=\"alert\""));
        Application after = ExportFixtures.reload(id);
        assertEquals(ApplicationStatus.ACCEPTED, after.status);
        assertEquals(before.version, after.version);
        assertEquals(events, ExportFixtures.history(id).size());
        assertEquals(0, enrolEvents(id));

        SheetFixtures.complete(id);
        confirm(id).then().statusCode(200).body(containsString("L’inscription du dossier " + before.reference + " est confirmée."));
        assertEquals(ApplicationStatus.ENROLLED, ExportFixtures.reload(id).status);
    }

    @Test
    @TestSecurity(user = "sec-enrol-page", roles = "secretariat")
    void thePageShowsEachSheetLinksToTheDossiersAndListsThePendingOffers() {
        String tag = tag("page");
        Long done = accepted(tag, "Avecfiche");
        Long pending = dossier(Level.M1, email(tag, 2), new Person("Attente", "Odile", null, EntryRoute.INITIALE, false),
                ApplicationStatus.ADMITTED);
        Instant deadline = Instant.parse("2027-07-10T21:59:00Z");
        ExportFixtures.offer(pending, Instant.parse("2027-07-01T08:00:00Z"), deadline);
        String html = given().get(PAGE).then().statusCode(200).extract().asString();
        String reference = ExportFixtures.reload(done).reference;
        assertTrue(html.contains("href=\"/dossiers/" + done + "\""), "the accepted place links to the dossier view");
        assertTrue(html.contains("Complétée le 1 juillet 2027"), "the sheet's date");
        assertTrue(html.contains("Offres en attente de réponse"), "a section for the pending offers");
        String offers = html.substring(html.indexOf("id=\"offres-en-attente\""));
        String pendingReference = ExportFixtures.reload(pending).reference;
        assertTrue(offers.contains(pendingReference) && offers.contains("href=\"/dossiers/" + pending + "\""), "the pending offer");
        assertTrue(offers.contains("10 juillet 2027 à 23:59"), "its deadline in Paris time");
        assertTrue(!offers.contains(">" + reference + "<"), "an accepted place is not a pending offer");
        Screenshots.take("secretariat-inscriptions-fiches", html, 1100);
        Screenshots.take("secretariat-inscriptions-fiches-phone", html, 390, 2400);
    }

    @Test
    @TestSecurity(user = "sec-enrol-twice", roles = "secretariat")
    void aSecondClickSaysItIsDoneAndChangesNothing() {
        Long id = accepted(tag("twice"), "Double");
        var first = ExportFixtures.post(PAGE);
        var second = ExportFixtures.post(PAGE);
        first.post(PAGE + "/" + id).then().statusCode(303);
        Response again = second.post(PAGE + "/" + id);
        assertEquals(303, again.statusCode(), "no error page");
        assertTrue(again.header("Location").contains("resultat=ALREADY_ENROLLED"), again.header("Location"));
        given().get(again.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "")).then().statusCode(200)
                .body(containsString("est déjà inscrit : rien n’a changé."));
        assertEquals(1, enrolEvents(id), "one enrolment in the history");
        assertEquals(ApplicationStatus.ENROLLED, ExportFixtures.reload(id).status);
    }

    @Test
    @TestSecurity(user = "sec-enrol-refused", roles = "secretariat")
    void onlyAnAcceptedPlaceCanBeEnrolled() {
        String tag = tag("refused");
        for (ApplicationStatus status : List.of(ApplicationStatus.ADMITTED, ApplicationStatus.WAITLISTED,
                ApplicationStatus.UNDER_REVIEW, ApplicationStatus.REJECTED)) {
            Long id = dossier(Level.M2, email(tag, status.ordinal()), new Person("Pas" + status, "Noé", null, EntryRoute.INITIALE, false),
                    status);
            Application before = ExportFixtures.reload(id);
            int events = ExportFixtures.history(id).size();
            confirm(id).then().statusCode(200)
                    .body(containsString("Le dossier " + before.reference + " n’attend pas d’inscription"), containsString("role=\"alert\""));
            Application after = ExportFixtures.reload(id);
            assertEquals(status, after.status, "nothing changed for " + status);
            assertEquals(before.version, after.version);
            assertEquals(events, ExportFixtures.history(id).size());
        }
    }

    @Test
    @TestSecurity(user = "sec-enrol-unknown", roles = "secretariat")
    void anUnknownDossierOrOneOfAnotherCampaignGetsAMessage() {
        accepted(tag("form"), "Formulaire");  // a place to confirm, so that the page has a form and its token
        for (Object id : List.of(999_999_999L, "abc", oldCampaignAccepted())) {
            confirm(id).then().statusCode(200).body(containsString("Ce dossier n’existe pas dans la campagne en cours : rien n’a changé."));
        }
        Long old = oldCampaignAccepted();
        confirm(old);
        assertEquals(ApplicationStatus.ACCEPTED, QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(old).status));
    }

    /** An accepted place of an older campaign, written straight into the database. */
    private static Long oldCampaignAccepted() {
        Track current = ReviewFixtures.track(Level.M1);
        return QuarkusTransaction.requiringNew().call(() -> {
            var campaign = new Campaign();
            int year = 1800 + Integer.parseInt(TestIds.digits(2));
            campaign.code = "O" + TestIds.digits(8);
            campaign.startYear = year;
            campaign.createdAt = current.opensAt;
            campaign.persist();
            var track = new Track();
            track.campaign = campaign;
            track.level = Level.M1;
            track.capacity = 19;
            track.opensAt = current.opensAt.minus(Duration.ofDays(400));
            track.closesAt = current.closesAt.minus(Duration.ofDays(400));
            track.reviewDeadline = current.reviewDeadline.minus(Duration.ofDays(400));
            track.decisionsPublishedAt = current.decisionsPublishedAt.minus(Duration.ofDays(400));
            track.offerResponseDays = 7;
            track.reminderDaysBefore = 2;
            track.persist();
            var app = new Application();
            app.track = track;
            app.candidateSubject = ReviewFixtures.unique("old");
            app.status = ApplicationStatus.ACCEPTED;
            app.liveTrackId = track.id;
            app.entryRoute = EntryRoute.INITIALE;
            app.createdAt = track.opensAt;
            app.updatedAt = track.opensAt;
            app.persist();
            return app.id;
        });
    }

    @Test
    @TestSecurity(user = "sec-enrol-csrf", roles = "secretariat")
    void aPostWithoutTheFormsTokenChangesNothing() {
        Long id = accepted(tag("csrf"), "Jeton");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post(PAGE + "/" + id).then().statusCode(403);
        assertEquals(ApplicationStatus.ACCEPTED, ExportFixtures.reload(id).status);
    }

    @Test
    @TestSecurity(user = "sec-enrol-en", roles = "secretariat")
    void theMessagesFollowTheLanguage() {
        Long id = accepted(tag("en"), "English");
        String reference = ExportFixtures.reload(id).reference;
        Response post = ExportFixtures.post(PAGE).post(PAGE + "/" + id);
        given().cookie("ieps-lang", "en").get(post.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "")).then().statusCode(200)
                .body(containsString("The enrolment of application " + reference + " is confirmed."), containsString("Enrolment"),
                        not(containsString("Confirmer")));
    }
}
