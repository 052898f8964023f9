package fr.univlorraine.ieps.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.documents.ApplicationDocument;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reviewer reads only what is assigned to them, independently, and scores against the rubric. */
@QuarkusTest
class ReviewerResourceTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    private static String lastToken;

    /**
     * A form post from the page the reviewer is on, with its CSRF token and the review's version; a page
     * without a form (a submitted review) lends the token of the last page that had one.
     */
    private static RequestSpecification postFrom(String page) {
        var response = given().get(page);
        Matcher token = CSRF_INPUT.matcher(response.asString());
        if (token.find()) {
            lastToken = token.group(1);
        }
        var spec = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", lastToken);
        Matcher version = VERSION.matcher(response.asString());
        return version.find() ? spec.formParam("version", version.group(1)) : spec.formParam("version", "0");
    }

    private static List<Criterion> rubric() {
        return QuarkusTransaction.requiringNew().call(() -> Criterion.ofCampaign(ReviewFixtures.track(Level.M1).campaign.id));
    }

    private static RequestSpecification levels(RequestSpecification post, int... levels) {
        List<Criterion> rubric = rubric();
        for (int i = 0; i < rubric.size(); i++) {
            post.formParam("level-" + rubric.get(i).id, String.valueOf(levels.length == 1 ? levels[0] : levels[i]));
        }
        return post;
    }

    @Test
    @TestSecurity(user = "rev-queue", roles = "reviewer")
    void reviewerSeesOnlyTheDossiersAssignedToThem() {
        Long me = memberOnce("rev-queue");
        Long mine = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, false);
        Long notMine = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, true);
        ReviewFixtures.assign(mine, me);
        ReviewFixtures.assign(notMine, ReviewFixtures.member(ReviewFixtures.unique("other")));
        String mineRef = reference(mine);
        String queue = given().get("/evaluation").then().statusCode(200)
                .body(containsString(mineRef), not(containsString(reference(notMine)))).extract().asString();
        Screenshots.take("review-queue", queue, 700);
        given().get("/evaluation/dossiers/" + notMine).then().statusCode(404);
        Long someDocument = QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.<ApplicationDocument>find(
                "application.id", notMine).firstResult().id);
        given().get("/evaluation/dossiers/" + notMine + "/pieces/" + someDocument).then().statusCode(404);
        given().get("/evaluation/dossiers/" + notMine + "/pdf").then().statusCode(404);
        given().get("/evaluation/dossiers/" + mine).then().statusCode(200).body(containsString(mineRef));
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("applicationId = ?1 and actorSubject = ?2",
                mine, "rev-queue"));
        assertTrue(audited >= 1, "opening a dossier is audited");
    }

    @Test
    @TestSecurity(user = "rev-conflict", roles = "reviewer")
    void conflictedReviewerNeverSeesTheDossierAgainAndItGoesToSomeoneElse() {
        Long me = memberOnce("rev-conflict");
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, false);
        Long reviewId = ReviewFixtures.assign(dossier, me);
        String page = "/evaluation/dossiers/" + dossier;

        postFrom(page).formParam("conflictReason", " ").post(page + "/conflit").then().statusCode(409)
                .body(containsString("Indiquez la raison du conflit"));
        assertEquals(ReviewStatus.ASSIGNED, ReviewFixtures.review(reviewId).status, "no reason, nothing changes");

        postFrom(page).formParam("conflictReason", "J’ai encadré son stage en 2024.").post(page + "/conflit").then()
                .statusCode(303).header("Location", containsString("/evaluation?ok=review_conflict"));
        Review declared = ReviewFixtures.review(reviewId);
        assertEquals(ReviewStatus.CONFLICT, declared.status);
        assertEquals("J’ai encadré son stage en 2024.", declared.conflictReason);
        given().get(page).then().statusCode(404);
        given().get("/evaluation").then().statusCode(200).body(not(containsString(reference(dossier))));
        long replacements = QuarkusTransaction.requiringNew().call(() -> Review.count(
                "application.id = ?1 and status = ?2 and automatic = true", dossier, ReviewStatus.ASSIGNED));
        assertEquals(1, replacements, "the dossier is reassigned to another member");
    }

    @Test
    @TestSecurity(user = "rev-indep", roles = "reviewer")
    void othersScoresStayHiddenUntilOneSubmitsOnesOwn() {
        Long me = memberOnce("rev-indep");
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, false);
        Long other = ReviewFixtures.member(ReviewFixtures.unique("colleague"));
        ReviewFixtures.submitted(dossier, other, Recommendation.REJECT, "Avis-du-collègue-7781", 1);
        ReviewFixtures.assign(dossier, me);
        String page = "/evaluation/dossiers/" + dossier;
        String before = given().get(page).then().statusCode(200).extract().asString();
        assertFalse(before.contains("Avis-du-collègue-7781"), "the colleague's comment is hidden");
        assertFalse(before.contains("5.00 / 20") || before.contains("5,00 / 20"), "the colleague's score is hidden");
        assertTrue(before.contains("restent masquées"));
        Screenshots.take("review-form", before, 2600);

        levels(postFrom(page), 3).formParam("comment", "Projet solide et bien situé.").formParam("recommendation", "ADMIT")
                .formParam("submitConfirm", "on")
                .formParam("action", "soumettre").post(page).then().statusCode(303);
        String after = given().get(page).then().statusCode(200).extract().asString();
        assertTrue(after.contains("Avis-du-collègue-7781"), "visible once one's own review is in");
        Screenshots.take("review-submitted", after, 2200);
    }

    @Test
    @TestSecurity(user = "rev-score", roles = "reviewer")
    void submissionNeedsEveryLevelACommentAndARecommendationAndFixesTheWeightedScore() {
        Long me = memberOnce("rev-score");
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, false);
        Long reviewId = ReviewFixtures.assign(dossier, me);
        String page = "/evaluation/dossiers/" + dossier;

        // incomplete: refused with a summary, nothing written
        String refused = postFrom(page).formParam("action", "soumettre").post(page).then().statusCode(400)
                .body(containsString("error-summary"), containsString("Choisissez un niveau pour ce critère"),
                        containsString("Expliquez votre évaluation"))
                .extract().asString();
        Screenshots.take("review-errors", refused, 1400);
        assertEquals(ReviewStatus.ASSIGNED, ReviewFixtures.review(reviewId).status);

        // forged level: refused
        levels(postFrom(page), 7).formParam("comment", "x").formParam("recommendation", "ADMIT")
                .formParam("action", "soumettre").post(page).then().statusCode(400).body(containsString("Choisissez un des niveaux proposés"));
        levels(postFrom(page), 2).formParam("comment", "x").formParam("recommendation", "PROMOTE")
                .formParam("action", "soumettre").post(page).then().statusCode(400);
        assertEquals(ReviewStatus.ASSIGNED, ReviewFixtures.review(reviewId).status);

        // a partial draft is kept
        List<Criterion> rubric = rubric();
        postFrom(page).formParam("level-" + rubric.get(0).id, "4").formParam("action", "brouillon").post(page).then().statusCode(303);
        Review draft = ReviewFixtures.review(reviewId);
        assertEquals(ReviewStatus.DRAFT, draft.status);
        assertEquals(4, draft.levels.get(rubric.get(0).id));
        assertNull(draft.score);

        // levels 4,3,2,1,0 with weights 25,25,20,15,15: (100+75+40+15+0)/400 × 20 = 11.50
        levels(postFrom(page), 4, 3, 2, 1, 0).formParam("comment", "Argumenté.").formParam("recommendation", "WAITLIST")
                .formParam("submitConfirm", "on")
                .formParam("action", "soumettre").post(page).then().statusCode(303);
        Review done = ReviewFixtures.review(reviewId);
        assertEquals(ReviewStatus.SUBMITTED, done.status);
        assertEquals(new BigDecimal("11.50"), done.score);
        assertEquals(Recommendation.WAITLIST, done.recommendation);

        // final: a second submission changes nothing
        levels(postFrom(page), 4).formParam("comment", "Changé").formParam("recommendation", "ADMIT")
                .formParam("submitConfirm", "on")
                .formParam("action", "soumettre").post(page).then().statusCode(409);
        assertEquals(new BigDecimal("11.50"), ReviewFixtures.review(reviewId).score);
    }

    @Test
    @TestSecurity(user = "rev-rows", roles = "reviewer")
    void aWrongLevelIsShownOnItsOwnCriterionAndAForgedFormChangesNothing() {
        Long me = memberOnce("rev-rows");
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, false);
        Long reviewId = ReviewFixtures.assign(dossier, me);
        String page = "/evaluation/dossiers/" + dossier;
        List<Criterion> rubric = rubric();
        Long third = rubric.get(2).id;

        String refused = postFrom(page).formParam("level-" + rubric.get(0).id, "4").formParam("level-" + third, "1e0")
                .formParam("recommendation", "PROMOTE").formParam("comment", "x".repeat(4001))
                .formParam("action", "brouillon").post(page).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("href=\"#level-" + third + "-0\"") && refused.contains("id=\"level-" + third + "-error\""),
                "the error is on the third criterion");
        assertFalse(refused.contains("id=\"level-" + rubric.get(0).id + "-error\""), "not on the first one");
        assertTrue(refused.contains("4 000 caractères au maximum") && refused.contains("href=\"#recommendation-ADMIT\""), refused);
        given().redirects().follow(false).formParam("csrf-token", lastToken).formParam("version", "douze")
                .formParam("level-" + third, "3").formParam("action", "brouillon").post(page).then().statusCode(409);
        postFrom(page).formParam("conflictReason", "x".repeat(1001)).post(page + "/conflit").then().statusCode(409)
                .body(containsString("1 000 caractères au maximum"));
        Review review = ReviewFixtures.review(reviewId);
        assertEquals(ReviewStatus.ASSIGNED, review.status);
        assertTrue(review.levels.isEmpty());
    }

    @Test
    @TestSecurity(user = "rev-blind", roles = "reviewer")
    void blindReviewLeavesNoIdentityInThePageNorInThePdf() throws Exception {
        Long me = memberOnce("rev-blind");
        String candidate = ReviewFixtures.unique("blindcand");
        Long dossier = ReviewFixtures.underReview(candidate, Level.M1, true);
        ReviewFixtures.assign(dossier, me);
        Application app = QuarkusTransaction.requiringNew().call(() -> Application.findById(dossier));
        Long identity = QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.<ApplicationDocument>find(
                "application.id = ?1 and type.code = 'IDENTITE'", dossier).firstResult().id);
        ReviewFixtures.blind(true);
        try {
            String html = given().get("/evaluation/dossiers/" + dossier).then().statusCode(200).extract().asString();
            for (String identifying : List.of(app.firstName, app.lastName, app.nationality, "1999-05-17", "17/05/1999",
                    "17 mai 1999", candidate + "@example.fr", "/pieces/" + identity, "cv.pdf")) {
                assertFalse(html.contains(identifying), "blind page shows " + identifying);
            }
            assertTrue(html.contains("Lecture à l’aveugle"));
            Screenshots.take("review-blind", html, 1800);
            given().get("/evaluation/dossiers/" + dossier + "/pieces/" + identity).then().statusCode(404);
            byte[] pdf = given().get("/evaluation/dossiers/" + dossier + "/pdf").then().statusCode(200).extract().asByteArray();
            try (var document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertFalse(text.contains(app.lastName) || text.contains(app.nationality), "blind PDF names the candidate");
                assertTrue(text.contains(app.reference));
            }
        } finally {
            ReviewFixtures.blind(false);
        }
        // not blind: the same reviewer sees who the candidate is
        given().get("/evaluation/dossiers/" + dossier).then().statusCode(200).body(containsString(app.lastName),
                containsString("/pieces/" + identity));
    }

    @Test
    @TestSecurity(user = "rev-blind-names", roles = "reviewer")
    void blindReviewNamesNoDownloadedFileAfterTheCandidate() {
        Long me = memberOnce("rev-blind-names");
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("blindfile"), Level.M1, true);
        ReviewFixtures.assign(dossier, me);
        Application app = QuarkusTransaction.requiringNew().call(() -> Application.findById(dossier));
        // the candidate named their files after themselves, as many do
        List<Long> pieces = QuarkusTransaction.requiringNew().call(() -> {
            List<ApplicationDocument> files = ApplicationDocument.list(
                    "application.id = ?1 and storedName is not null and type.code <> 'IDENTITE'", dossier);
            files.forEach(d -> d.originalName = d.type.code + "_" + app.firstName + "_" + app.lastName + ".pdf");
            return files.stream().map(d -> d.id).toList();
        });
        assertFalse(pieces.isEmpty());
        List<String> identifying = List.of(app.firstName, app.lastName,
                URLEncoder.encode(app.firstName, StandardCharsets.UTF_8),
                app.firstName.replaceAll("[^A-Za-z0-9]", "_"));
        ReviewFixtures.blind(true);
        try {
            // the pieces are one page each: the count reads as a singular
            String html = given().get("/evaluation/dossiers/" + dossier).then().statusCode(200).extract().asString();
            assertTrue(html.contains("(1 page)"), html);
            assertFalse(html.contains("1 pages"));
            List<String> urls = new ArrayList<>(pieces.stream().map(p -> "/evaluation/dossiers/" + dossier + "/pieces/" + p).toList());
            urls.add("/evaluation/dossiers/" + dossier + "/pdf");
            for (String url : urls) {
                var response = given().get(url).then().statusCode(200).extract();
                assertTrue(response.header("Content-Disposition").contains(app.reference), url + " is not named after the reference");
                for (var header : response.headers()) {
                    for (String name : identifying) {
                        assertFalse(header.getValue().contains(name), url + " names the candidate in " + header);
                    }
                }
            }
        } finally {
            ReviewFixtures.blind(false);
        }
        // not blind: the file keeps the name the candidate gave it
        String disposition = given().get("/evaluation/dossiers/" + dossier + "/pieces/" + pieces.get(0)).then().statusCode(200)
                .extract().header("Content-Disposition");
        assertTrue(disposition.contains(app.lastName), disposition);
    }

    @Test
    @TestSecurity(user = "rev-nobody", roles = "reviewer")
    void aReviewerWhoIsNotOnTheTeamIsToldHowToGetThere() {
        given().get("/evaluation").then().statusCode(200).body(containsString("n’est relié à aucun membre"));
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, false);
        given().get("/evaluation/dossiers/" + dossier).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "rev-linking-subject", roles = "reviewer", attributes = @SecurityAttribute(key = "email", value = "Rev.Linking@Univ.Example"))
    void theFirstLoginWithAMembersAddressLinksTheAccount() {
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            var m = new TeamMember();
            m.fullName = "Membre à relier";
            m.email = "rev.linking@univ.example";
            m.maxDossiers = 3;
            m.persist();
            return m.id;
        });
        given().get("/evaluation").then().statusCode(200).body(containsString("Aucun dossier ne vous est confié"));
        assertEquals("rev-linking-subject", QuarkusTransaction.requiringNew().call(() -> TeamMember.<TeamMember>findById(id).accountSubject));
    }

    private static Long memberOnce(String subject) {
        Long existing = QuarkusTransaction.requiringNew().call(() -> TeamMember.bySubject(subject).map(m -> m.id).orElse(null));
        return existing != null ? existing : ReviewFixtures.member(subject, ResearchTheme.POVERTY);
    }

    private static String reference(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(applicationId).reference);
    }

    @Test
    @TestSecurity(user = "rev-columns", roles = "reviewer")
    void theQueueShowsEachDossiersRouteThemesAndDueDate() {
        Long me = memberOnce("rev-columns");
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, false, ResearchTheme.POVERTY,
                ResearchTheme.AGEING);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(dossier);
            app.entryRoute = EntryRoute.CONTINUE;
            app.vap = true;
        });
        ReviewFixtures.assign(dossier, me);
        String due = QuarkusTransaction.requiringNew().call(() -> java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy", java.util.Locale.FRENCH).format(ReviewFixtures.track(Level.M1).reviewDeadline
                        .atZone(fr.univlorraine.ieps.kernel.AppClock.PARIS)));
        String queue = given().get("/evaluation").then().statusCode(200).extract().asString();
        Screenshots.take("review-queue-columns", queue, 800);
        Screenshots.takePhone("review-queue-columns-phone", queue);
        int row = queue.indexOf(reference(dossier));
        String line = queue.substring(row, queue.indexOf("</tr>", row));
        assertTrue(line.contains("Formation continue (VAP)"), "the route in words: " + line);
        assertTrue(line.contains("Pauvreté") || line.contains("pauvreté"), "the themes in words: " + line);
        assertFalse(line.contains("POVERTY") || line.contains("CONTINUE"), "no raw code: " + line);
        assertTrue(line.contains(due), "the review deadline of the track: " + due + " in " + line);
        assertTrue(queue.contains("Voie d’accès") && queue.contains("Thèmes de recherche") && queue.contains("À rendre avant le"), queue);
        String english = given().cookie("ieps-lang", "en").get("/evaluation").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Entry route") && english.contains("Due by") && english.contains("Continuing education"), english);
    }

    @Test
    @TestSecurity(user = "rev-confirm", roles = "reviewer")
    void submittingWithoutTheConfirmationTickIsRefusedAndWritesNothing() {
        Long me = memberOnce("rev-confirm");
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, false);
        Long reviewId = ReviewFixtures.assign(dossier, me);
        String page = "/evaluation/dossiers/" + dossier;
        String form = given().get(page).then().statusCode(200).extract().asString();
        assertTrue(form.contains("name=\"submitConfirm\"") && form.contains("une fois soumise, mon évaluation ne pourra plus être modifiée"), form);

        String refused = levels(postFrom(page), 3).formParam("comment", "Texte gardé après le refus.").formParam("recommendation", "ADMIT")
                .formParam("action", "soumettre").post(page).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Cochez la case pour confirmer que votre évaluation"), refused);
        assertTrue(refused.contains("href=\"#submitConfirm\""), "the summary links to the box");
        assertTrue(refused.contains("Texte gardé après le refus."), "the typed comment is kept");
        Review untouched = ReviewFixtures.review(reviewId);
        assertEquals(ReviewStatus.ASSIGNED, untouched.status, "nothing submitted");
        assertTrue(untouched.levels.isEmpty(), "nothing written");
        assertNull(untouched.comment);

        // a draft needs no tick
        levels(postFrom(page), 2).formParam("action", "brouillon").post(page).then().statusCode(303);
        assertEquals(ReviewStatus.DRAFT, ReviewFixtures.review(reviewId).status);
    }

    @Test
    @TestSecurity(user = "rev-next", roles = "reviewer")
    void aSubmittedReviewLeadsToTheNextDossierToScoreThenBackToTheQueue() {
        Long me = memberOnce("rev-next");
        Long first = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, false);
        Long second = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, false);
        ReviewFixtures.assign(first, me);
        ReviewFixtures.assign(second, me);
        String page = "/evaluation/dossiers/" + first;
        levels(postFrom(page), 3).formParam("comment", "Solide.").formParam("recommendation", "ADMIT")
                .formParam("submitConfirm", "on").formParam("action", "soumettre").post(page).then().statusCode(303);
        String done = given().get(page + "?ok=review_submitted").then().statusCode(200).extract().asString();
        Screenshots.take("review-next-dossier", done, 1400);
        assertTrue(done.contains("href=\"/evaluation/dossiers/" + second + "\"") && done.contains("Dossier suivant"),
                "the next dossier to score: " + second);

        String next = "/evaluation/dossiers/" + second;
        levels(postFrom(next), 2).formParam("comment", "Fragile.").formParam("recommendation", "REJECT")
                .formParam("submitConfirm", "on").formParam("action", "soumettre").post(next).then().statusCode(303);
        String last = given().get(next + "?ok=review_submitted").then().statusCode(200).extract().asString();
        assertFalse(last.contains("Dossier suivant"), "nothing left to score");
        assertTrue(last.contains("Vous avez évalué tous vos dossiers."), last);
    }

    @Test
    @TestSecurity(user = "rev-neutral", roles = "reviewer")
    void theReviewersPageNamesTheCandidatesProjectNeutrally() {
        Long me = memberOnce("rev-neutral");
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("cand"), Level.M1, false, ResearchTheme.POVERTY);
        ReviewFixtures.assign(dossier, me);
        String page = given().get("/evaluation/dossiers/" + dossier).then().statusCode(200).extract().asString();
        assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("votre projet"), "a candidate's wording on a reviewer's page");
        assertTrue(page.contains("Thèmes du projet de recherche du candidat"), page);
        String english = given().cookie("ieps-lang", "en").get("/evaluation/dossiers/" + dossier).then().statusCode(200).extract().asString();
        assertFalse(english.toLowerCase(java.util.Locale.ROOT).contains("your project")
                || english.toLowerCase(java.util.Locale.ROOT).contains("your research"), english);
    }
}
