package fr.univlorraine.ieps.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.notification.OutboxMail;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The head invites a platform candidate; the link is single-use, expires, and cannot be guessed. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationResourceTest {

    private Campaign campaign;
    private Track track;
    private MutableClock clock;

    @Inject
    InvitationService invitations;

    @BeforeAll
    void platformTrack() {
        campaign = DecisionFixtures.campaign(19, 10);
        track = DecisionFixtures.track(campaign, Level.M1);
        PlatformFixtures.onPlatform(track);
    }

    @BeforeEach
    void clock() {
        clock = DecisionFixtures.clock();
    }

    @AfterAll
    void retire() {
        DecisionFixtures.retire(campaign);
    }

    @Test
    @TestSecurity(user = "head-invite", roles = "head")
    void theHeadInvitesFromTheDossierPageAndTheMailCarriesALinkOnlyItsHashIsKept() {
        Long id = PlatformFixtures.submitted(track, 1).get(0).id();
        String page = given().get("/dossiers/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("ne reçoit aucun courriel de cette application"), page);

        Response invited = FormPost.from("/dossiers/" + id).post("/plateforme/dossiers/" + id + "/invitation");
        assertEquals(303, invited.statusCode(), invited.asString());
        assertTrue(invited.header("Location").endsWith("/dossiers/" + id + "?ok=invited#invitation"));
        String after = given().get("/dossiers/" + id + "?ok=invited").then().statusCode(200).extract().asString();
        Screenshots.take("platform-invitation-dossier", after, 900);
        assertTrue(after.contains("L’invitation est envoyée au candidat.") && after.contains("Invitation envoyée à plateforme-"),
                after);

        String token = tokenMailedTo(id);
        Invitation stored = QuarkusTransaction.requiringNew().call(() -> Invitation.latest(id));
        assertNotEquals(token, stored.tokenHash);
        assertEquals(InvitationService.hash(token), stored.tokenHash);
        assertTrue(token.length() >= 43, "32 random bytes: " + token);
    }

    @Test
    @TestSecurity(user = "sec-invite", roles = "secretariat")
    void theSecretariatCannotInvite() {
        Long id = PlatformFixtures.submitted(track, 1).get(0).id();
        assertEquals(403, FormPost.from("/dossiers/" + id).post("/plateforme/dossiers/" + id + "/invitation").statusCode());
        assertNull(QuarkusTransaction.requiringNew().call(() -> Invitation.latest(id)));
    }

    @Test
    @TestSecurity(user = "cand-invite-take", roles = "candidate")
    void theCandidateWhoOpensTheLinkTakesTheDossierUpAndTheLinkThenServesNoMore() {
        Long id = PlatformFixtures.submitted(track, 1).get(0).id();
        String token = invitations.invite(id, new ActorRef("head-invite", null, Actor.HEAD));

        String offer = given().get("/plateforme/invitation/" + token).then().statusCode(200).extract().asString();
        assertTrue(offer.contains("Rattacher ce dossier à mon compte"), offer);
        Screenshots.take("platform-invitation-offer", offer, 800);
        Screenshots.takePhone("platform-invitation-offer-phone", offer, 1200);
        Response taken = FormPost.from("/plateforme/invitation/" + token).post("/plateforme/invitation/" + token);
        assertEquals(303, taken.statusCode(), taken.asString());
        assertEquals("/candidatures/" + id, java.net.URI.create(taken.header("Location")).getPath());
        Application app = application(id);
        assertEquals("cand-invite-take", app.candidateSubject);
        assertEquals(track.id, app.liveTrackId);
        given().get("/candidatures").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/candidatures/" + id));

        String used = given().get("/plateforme/invitation/" + token).then().statusCode(410).extract().asString();
        assertTrue(used.contains("Ce lien a déjà été utilisé"), used);
        Screenshots.take("platform-invitation-used", used, 700);
    }

    @Test
    @TestSecurity(user = "cand-invite-late", roles = "candidate")
    void anExpiredAForgedOrAReplacedLinkGetsAClearPageAndTakesNothing() {
        Long id = PlatformFixtures.submitted(track, 1).get(0).id();
        String first = invitations.invite(id, new ActorRef("head-invite", null, Actor.HEAD));
        String second = invitations.invite(id, new ActorRef("head-invite", null, Actor.HEAD));

        String replaced = given().get("/plateforme/invitation/" + first).then().statusCode(404).extract().asString();
        assertTrue(replaced.contains("Ce lien n’est pas reconnu"), replaced);
        given().get("/plateforme/invitation/" + second.substring(0, 20) + "AAAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404);

        clock.advance(Duration.ofDays(15));
        String expired = given().get("/plateforme/invitation/" + second).then().statusCode(410).extract().asString();
        assertTrue(expired.contains("Ce lien a expiré."), expired);
        Response late = FormPost.from("/candidatures").post("/plateforme/invitation/" + second);
        assertEquals(410, late.statusCode());
        assertNull(application(id).candidateSubject);
    }

    @Test
    @TestSecurity(user = "cand-invite-busy", roles = "candidate")
    void aCandidateWithADossierUnderWayInTheTrackIsRefusedClearly() {
        Long id = PlatformFixtures.submitted(track, 1).get(0).id();
        QuarkusTransaction.requiringNew().run(() -> {
            Application own = new Application();
            own.track = Track.findById(track.id);
            own.candidateSubject = "cand-invite-busy";
            own.liveTrackId = track.id;
            own.status = ApplicationStatus.DRAFT;
            own.entryRoute = EntryRoute.CONTINUE;
            own.createdAt = DecisionFixtures.START;
            own.updatedAt = own.createdAt;
            own.persist();
        });
        String token = invitations.invite(id, new ActorRef("head-invite", null, Actor.HEAD));

        Response refused = FormPost.from("/plateforme/invitation/" + token).post("/plateforme/invitation/" + token);
        assertEquals(409, refused.statusCode());
        assertTrue(refused.asString().contains("Vous avez déjà une candidature en cours pour cette formation"),
                refused.asString());
        assertNull(application(id).candidateSubject);
    }

    private static Application application(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
    }

    /** The link of the invitation mail written for the dossier, as the mail gives it. */
    private static String tokenMailedTo(Long id) {
        List<OutboxMail> mails = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>list(
                "applicationId = ?1 and kind = ?2", id, ApplicationMail.Kind.INVITATION));
        assertEquals(1, mails.size());
        String link = mails.get(0).pieces;
        assertFalse(link == null || link.isBlank());
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
