package fr.univlorraine.ieps.decision;

import static fr.univlorraine.ieps.application.ApplicationStatus.*;
import static fr.univlorraine.ieps.decision.DecisionFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.review.Recommendation;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The heads' decisions page: proposal, drafts, publication, and who may open it. */
@QuarkusTest
class DecisionResourceTest {

    static final String PAGE = "/responsable/decisions/M1";

    Campaign campaign;
    Track track;
    List<Long> ids;

    @BeforeEach
    void setUp() {
        clock();
        campaign = campaign(2, 1);
        track = track(campaign, Level.M1);
        ids = underReview(track, "res" + campaign.startYear, 4);
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    /** The form as the page would post it: the proposal, with the given motive for refusals. */
    RequestSpecification form(String motive) {
        return form(motive, "ADMIT");
    }

    RequestSpecification form(String motive, String firstKind) {
        return form(motive, firstKind, ids);
    }

    RequestSpecification form(String motive, String firstKind, List<Long> rows) {
        RequestSpecification post = post(PAGE).formParam("rows", rows.size());
        for (int i = 0; i < rows.size(); i++) {
            post.formParam("app" + i, rows.get(i)).formParam("version" + i, -1)
                    .formParam("kind" + i, i == 0 ? firstKind : i < 2 ? "ADMIT" : i < 3 ? "WAITLIST" : "REJECT")
                    .formParam("motive" + i, i >= 3 ? motive : "").formParam("motiveText" + i, "");
        }
        return post;
    }

    long decisionCount() {
        return QuarkusTransaction.requiringNew().call(() -> Decision.count("application.track.id", track.id));
    }

    @Test
    @TestSecurity(user = "head-page", roles = "head")
    void thePageShowsTheProposalInBoardOrder() {
        String page = given().get(PAGE).then().statusCode(200).extract().asString();
        String ref0 = application(ids.get(0)).reference;
        String ref3 = application(ids.get(3)).reference;
        assertTrue(page.indexOf(ref0) < page.indexOf(ref3));
        assertTrue(page.contains("Limite des 2 places restantes"));
        assertTrue(page.contains("<option value=\"ADMIT\" selected>Admission</option>"));
        assertTrue(page.contains("<option value=\"REJECT\" selected>Refus</option>"));
        assertTrue(page.contains("enregistrer les brouillons avant de publier") || page.contains("enregistrez les brouillons avant de publier"));
    }

    @Test
    @TestSecurity(user = "head-page", roles = "head")
    void theProposalLinkShowsTheSystemsProposalOverTheSavedDrafts() {
        // drafts that differ from the proposal: the first of the board on the waiting list
        form(firstMotive().id.toString(), "WAITLIST").post(PAGE).then().statusCode(303);
        String drafts = given().get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(selectOf(drafts, "kind0").contains("<option value=\"WAITLIST\" selected>"), "the draft is shown");

        // the link as the page gives it (a regression: "?proposition", without a value, reached the page as no parameter)
        var link = java.util.regex.Pattern.compile("href=\"([^\"]*proposition[^\"]*)\"").matcher(drafts);
        assertTrue(link.find(), "the page links to the proposal");
        String proposal = given().urlEncodingEnabled(false).get(link.group(1)).then().statusCode(200).extract().asString();
        assertTrue(proposal.contains("Affichage de la proposition du système"), "the page says it shows the proposal");
        assertTrue(selectOf(proposal, "kind0").contains("<option value=\"ADMIT\" selected>"), "the proposal, not the draft");
        assertEquals(4, decisionCount(), "showing the proposal changes no draft");
    }

    /** The HTML of one select of the form. */
    static String selectOf(String page, String id) {
        int from = page.indexOf("id=\"" + id + "\"");
        assertTrue(from >= 0, id);
        return page.substring(from, page.indexOf("</select>", from));
    }

    @Test
    @TestSecurity(user = "head-page", roles = "head")
    void aRefusalWithoutMotiveComesBackWithTheMessageAndNothingIsSaved() {
        String refused = form("").post(PAGE).then().statusCode(400)
                .body(containsString("error-summary"))
                .body(containsString("Choisissez le motif de ce refus dans la liste."))
                .body(containsString("href=\"#motive3\"")).extract().asString();
        Screenshots.take("decisions-error", refused, 1300);
        assertEquals(0, decisionCount());
    }

    @Test
    @TestSecurity(user = "head-page", roles = "head")
    void theDefaultMotiveAppliesToRefusalsWithoutOne() {
        String motive = firstMotive().id.toString();
        form("").formParam("defaultMotive", motive).post(PAGE).then().statusCode(303);
        assertEquals(4, decisionCount());
        assertEquals(firstMotive().id, QuarkusTransaction.requiringNew().call(
                () -> Decision.of(ids.get(3)).orElseThrow().motive.id));
    }

    @Test
    @TestSecurity(user = "head-page", roles = "head")
    void savedThenPublishedWithConfirmation() {
        form(firstMotive().id.toString()).post(PAGE).then().statusCode(303).header("Location", containsString("ok=decisions_saved"));
        assertEquals(UNDER_REVIEW, status(ids.get(0)), "a draft changes nothing for the candidate");
        String saved = given().get(PAGE + "?ok=decisions_saved").asString();
        Screenshots.take("decisions-drafts", saved, 1500);
        // a regression: "1 places sur liste d’attente"
        assertTrue(saved.contains("Je confirme la publication de 2 admissions, 1 place sur liste d’attente et 1 refus."),
                "the confirmation counts in good French");

        post(PAGE).post(PAGE + "/publier").then().statusCode(409)
                .body(containsString("Cochez la case pour confirmer la publication."));
        assertEquals(UNDER_REVIEW, status(ids.get(0)));

        // no review is in yet: the first confirmation brings the warnings, and nothing is published
        String warned = post(PAGE).formParam("publishConfirm", "on").post(PAGE + "/publier").then().statusCode(200)
                .body(containsString("Publier malgré des avertissements"))
                .body(containsString("4 dossiers n’ont pas toutes leurs évaluations")).extract().asString();
        Screenshots.take("decisions-publish-warnings", warned, 900);
        Screenshots.takePhone("decisions-publish-warnings-phone", warned);
        assertEquals(UNDER_REVIEW, status(ids.get(0)));
        // sent back from that page without the second tick: still nothing
        post(PAGE).formParam("publishConfirm", "on").formParam("warningsShown", "1").post(PAGE + "/publier").then()
                .statusCode(409).body(containsString("Cochez la case pour confirmer la publication malgré les avertissements"));
        assertEquals(UNDER_REVIEW, status(ids.get(0)));
        assertNull(reload(track).publishedAt);

        post(PAGE).formParam("publishConfirm", "on").formParam("warningsShown", "1").formParam("warningsConfirm", "on")
                .post(PAGE + "/publier").then().statusCode(303);
        assertEquals(ADMITTED, status(ids.get(0)));
        assertEquals(WAITLISTED, status(ids.get(2)));
        assertEquals(REJECTED, status(ids.get(3)));
        String after = given().get(PAGE).then().statusCode(200)
                .body(containsString("Suivi des décisions publiées"))
                .body(containsString("1er sur la liste d’attente"))
                .body(containsString("Réponse attendue avant le")).extract().asString();
        Screenshots.take("decisions-published", after, 1000);
    }

    @Test
    @TestSecurity(user = "head-page", roles = "head")
    void withEveryReviewInAndApplicationsClosedPublishingNeedsNoSecondConfirmation() {
        Long member = ReviewFixtures.member(ReviewFixtures.unique("pub-reviewer"));
        ids.forEach(id -> ReviewFixtures.submitted(id, member, Recommendation.ADMIT, "Bien.", 3));
        form(firstMotive().id.toString()).post(PAGE).then().statusCode(303);
        String page = given().get(PAGE).then().statusCode(200).extract().asString();
        assertFalse(page.contains("n’ont pas toutes leurs évaluations"), "no warning on the page");
        post(PAGE).formParam("publishConfirm", "on").post(PAGE + "/publier").then().statusCode(303)
                .header("Location", containsString("ok=decisions_published"));
        assertEquals(ADMITTED, status(ids.get(0)));
    }

    @Test
    @TestSecurity(user = "head-page", roles = "head")
    void applicationsStillOpenAndAReviewPendingAreWarnedAndNothingIsPublishedWithoutTheSecondTick() {
        Long member = ReviewFixtures.member(ReviewFixtures.unique("pub-pending"));
        for (int i = 0; i < ids.size(); i++) {
            if (i == 0) {
                ReviewFixtures.assign(ids.get(i), member);
            } else {
                ReviewFixtures.submitted(ids.get(i), member, Recommendation.ADMIT, "Bien.", 3);
            }
        }
        QuarkusTransaction.requiringNew().run(() -> Track.<Track>findById(track.id).closesAt = START.plus(java.time.Duration.ofDays(2)));
        form(firstMotive().id.toString()).post(PAGE).then().statusCode(303);
        String page = given().get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Les candidatures sont encore ouvertes jusqu’au"), "the page warns before any click");

        // a forged post skipping the confirmation page publishes nothing
        String warned = post(PAGE).formParam("publishConfirm", "on").post(PAGE + "/publier").then().statusCode(200)
                .extract().asString();
        assertTrue(warned.contains("Les candidatures sont encore ouvertes jusqu’au"), warned);
        assertTrue(warned.contains("1 dossier n’a pas toutes ses évaluations") && warned.contains("1 évaluation attribuée n’est pas encore soumise."), warned);
        assertEquals(UNDER_REVIEW, status(ids.get(1)));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Decision.count("application.track.id = ?1 and publishedAt is not null", track.id)));

        given().cookie("ieps-lang", "en").get(PAGE).then().statusCode(200);
        String english = post(PAGE).cookie("ieps-lang", "en").formParam("publishConfirm", "on").post(PAGE + "/publier").then()
                .statusCode(200).extract().asString();
        assertTrue(english.contains("Applications are still open until") && english.contains("1 assigned review is not submitted yet."), english);

        post(PAGE).formParam("publishConfirm", "on").formParam("warningsConfirm", "on").post(PAGE + "/publier").then().statusCode(303);
        assertEquals(ADMITTED, status(ids.get(1)));
    }

    @Test
    @TestSecurity(user = "head-page", roles = "head")
    void afterPublicationTheBoardShowsEachDossiersDecisionNextToItsRank() {
        form(firstMotive().id.toString()).post(PAGE).then().statusCode(303);
        post(PAGE).formParam("publishConfirm", "on").formParam("warningsConfirm", "on").post(PAGE + "/publier").then().statusCode(303);
        String board = given().get("/classement/M1").then().statusCode(200).extract().asString();
        Screenshots.take("board-after-publication", board, 1000);
        Screenshots.takePhone("board-after-publication-phone", board);
        assertTrue(board.contains("Décisions publiées"), board);
        String[] expected = {"Admission", "Admission", "Liste d’attente", "Refus"};
        for (int i = 0; i < ids.size(); i++) {
            int row = board.indexOf("id=\"decide-" + ids.get(i) + "\"");
            assertTrue(row > 0, "dossier " + i + " is on the board after publication");
            String cells = board.substring(row, board.indexOf("</tr>", row));
            assertTrue(cells.contains(">" + (i + 1) + "</td>"), "rank " + (i + 1) + ": " + cells);
            assertTrue(cells.contains(expected[i]), expected[i] + ": " + cells);
        }
        String english = given().cookie("ieps-lang", "en").get("/classement/M1").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Published decisions") && english.contains("Waiting list"), english);
    }

    @Test
    @TestSecurity(user = "head-page", roles = "head")
    void aForgedRowIsRefusedAndNothingIsSaved() {
        form(firstMotive().id.toString(), "ENROL").post(PAGE).then().statusCode(409)
                .body(containsString("Ce formulaire ne correspond plus aux dossiers en cours d’examen"));
        assertEquals(0, decisionCount());
    }

    @Test
    @TestSecurity(user = "head-page", roles = "head")
    void aDossierTwiceInTheFormIsRefusedAndNothingIsSaved() {
        // a doubled row (a forged form, or a page saved twice into one): one decision per dossier, never two drafts
        List<Long> doubled = new java.util.ArrayList<>(ids);
        doubled.add(ids.get(1));
        form(firstMotive().id.toString(), "ADMIT", doubled).post(PAGE).then().statusCode(409)
                .body(containsString("Ce formulaire ne correspond plus aux dossiers en cours d’examen"));
        assertEquals(0, decisionCount());
    }

    @Test
    @TestSecurity(user = "head-page", roles = "head")
    void schedulingFreezesTheDraftsUntilCancelled() {
        form(firstMotive().id.toString()).post(PAGE).then().statusCode(303);
        post(PAGE).post(PAGE + "/programmer").then().statusCode(303);
        assertTrue(reload(track).publicationScheduled);
        given().get(PAGE).then().body(containsString("Publication programmée le"));
        post(PAGE).post(PAGE + "/deprogrammer").then().statusCode(303);
        assertFalse(reload(track).publicationScheduled);
    }

    @Test
    @TestSecurity(user = "cand-page", roles = "candidate")
    void candidatesCannotOpenIt() {
        given().redirects().follow(false).get(PAGE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "rev-page", roles = {"reviewer", "secretariat", "admin"})
    void otherStaffCannotOpenOrPostIt() {
        given().redirects().follow(false).get(PAGE).then().statusCode(403);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("publishConfirm", "on")
                .post(PAGE + "/publier").then().statusCode(not(303));
        assertEquals(UNDER_REVIEW, status(ids.get(0)));
    }
}
