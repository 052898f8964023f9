package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.TestIds;
import static fr.univlorraine.ieps.review.AdminFixtures.post;
import static fr.univlorraine.ieps.review.AdminFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The admin sets how the latest campaign is reviewed and edits its rubric; once a review is submitted
 * only the texts may change. Every test leaves the campaign's rubric and settings as it found them.
 */
@QuarkusTest
class RubricAdminResourceTest {

    @Inject
    RubricAdminService admin;

    @Inject
    RubricService rubric;

    private Campaign campaign;

    /** Submitted reviews other test classes left in the shared campaign, parked as drafts during each test. */
    private List<Long> parked = List.of();

    @BeforeEach
    void campaign() {
        campaign = AdminFixtures.campaign();
        parked = QuarkusTransaction.requiringNew().call(() -> {
            List<Review> submitted = Review.list("application.track.campaign.id = ?1 and status = ?2", campaign.id,
                    ReviewStatus.SUBMITTED);
            submitted.forEach(r -> r.status = ReviewStatus.DRAFT);
            return submitted.stream().map(r -> r.id).toList();
        });
        assertFalse(QuarkusTransaction.requiringNew().call(() -> rubric.scoringStarted(campaign.id)),
                "another test left a submitted review in the latest campaign: its rubric is locked");
    }

    @org.junit.jupiter.api.AfterEach
    void unpark() {
        QuarkusTransaction.requiringNew().run(() -> parked.forEach(id -> Review.<Review>findById(id).status = ReviewStatus.SUBMITTED));
    }

    private List<Criterion> criteria() {
        return QuarkusTransaction.requiringNew().call(() -> Criterion.ofCampaign(campaign.id));
    }

    private static Criterion criterion(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Criterion.<Criterion>find(
                "select c from Criterion c left join fetch c.levels where c.id = ?1", id).singleResultOptional().orElse(null));
    }

    private static Campaign reloadCampaign(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Campaign.findById(id));
    }

    /** Every field of a valid criterion, texts suffixed so that the test finds its own. */
    private static RequestSpecification criterionForm(RequestSpecification form, String tag, String weight) {
        return criterionForm(form, tag, weight, Map.of());
    }

    /** The same, with some fields replaced by (or added as) the given values. */
    private static RequestSpecification criterionForm(RequestSpecification form, String tag, String weight,
            Map<String, String> replaced) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("labelFr", "Critère " + tag);
        fields.put("labelEn", "Criterion " + tag);
        fields.put("descriptionFr", "Description " + tag);
        fields.put("descriptionEn", "Description EN " + tag);
        if (weight != null) {
            fields.put("weight", weight);
        }
        for (int level = 0; level <= Criterion.MAX_LEVEL; level++) {
            fields.put("level" + level + "Fr", "Niveau " + level + " " + tag);
            fields.put("level" + level + "En", "Level " + level + " " + tag);
        }
        fields.putAll(replaced);
        fields.forEach((name, value) -> form.formParam(name, value));
        return form;
    }

    /** Adds a criterion through the service, as the page would; the test removes it at the end. */
    private Long addCriterion(String tag, int weight) {
        String[] levels = new String[2 * (Criterion.MAX_LEVEL + 1)];
        for (int level = 0; level <= Criterion.MAX_LEVEL; level++) {
            levels[2 * level] = "Niveau " + level + " " + tag;
            levels[2 * level + 1] = "Level " + level + " " + tag;
        }
        assertTrue(admin.saveCriterion(campaign.id, null, new CriterionForm("Critère " + tag, "Criterion " + tag,
                "Description " + tag, "Description EN " + tag, String.valueOf(weight), levels[0], levels[1], levels[2],
                levels[3], levels[4], levels[5], levels[6], levels[7], levels[8], levels[9], "0"), false).isEmpty());
        return criteria().stream().filter(c -> c.labelFr.equals("Critère " + tag)).findFirst().orElseThrow().id;
    }

    private void removeCriterion(Long id) {
        assertTrue(admin.remove(campaign.id, id).isEmpty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminSeesTheSettingsAndEachCriterionWithItsShareOfTheScore() {
        Long id = addCriterion(unique("part"), 15);
        try {
            List<Criterion> criteria = criteria();
            int total = criteria.stream().mapToInt(c -> c.weight).sum();
            String page = given().get("/admin/grille").then().statusCode(200).extract().asString();
            assertTrue(page.contains("<h1>Grille d’évaluation</h1>"), page);
            assertTrue(page.contains("name=\"reviewersPerDossier\""), page);
            assertTrue(page.contains("ni le nom du candidat, ni sa date de naissance, ni sa nationalité, ni sa pièce d’identité"), page);
            for (Criterion c : criteria) {
                assertTrue(page.contains(AdminFixtures.html(c.labelFr)), c.labelFr);
                String share = new BigDecimal(c.weight * 100).divide(BigDecimal.valueOf(total), 1, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString().replace('.', ',');
                String row = page.substring(page.indexOf("id=\"critere-" + c.id + "\""));
                row = row.substring(0, row.indexOf("</tr>"));
                assertTrue(row.contains(">" + c.weight + "<") && row.contains(share + "\u00a0%"), share + " in " + row);
            }
            assertTrue(page.contains(">" + total + "<"), "the total of the weights");
            assertFalse(page.contains("Grille verrouillée"), "not locked before any submitted review");
            Screenshots.take("admin-rubric", page, 1500);
            Screenshots.take("admin-rubric-en", given().cookie("ieps-lang", "en").get("/admin/grille").asString(), 1500);
            Screenshots.take("admin-criterion", given().get("/admin/grille/criteres/" + id).asString(), 2200);
        } finally {
            removeCriterion(id);
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminChangesTheReviewSettings() {
        Campaign before = reloadCampaign(campaign.id);
        try {
            post("/admin/grille").formParam("reviewersPerDossier", "3").formParam("blindReview", "on")
                    .formParam("disagreementThreshold", "3,5").post("/admin/grille/reglages")
                    .then().statusCode(303).header("Location", endsWith("/admin/grille?ok=settings#reglages"));
            Campaign after = reloadCampaign(campaign.id);
            assertEquals(3, after.reviewersPerDossier);
            assertTrue(after.blindReview);
            assertEquals(new BigDecimal("3.50"), after.disagreementThreshold);
            given().get("/admin/grille?ok=settings").then().body(containsString("Les réglages de l’évaluation sont enregistrés."),
                    containsString("value=\"3,5\""), containsString("id=\"blindReview\" checked"));
            given().cookie("ieps-lang", "en").get("/admin/grille").then().body(containsString("value=\"3.5\""));

            post("/admin/grille").formParam("reviewersPerDossier", "2").formParam("disagreementThreshold", "20")
                    .post("/admin/grille/reglages").then().statusCode(303);
            after = reloadCampaign(campaign.id);
            assertFalse(after.blindReview, "an unchecked box turns blind review off");
            assertEquals(new BigDecimal("20.00"), after.disagreementThreshold);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Campaign c = Campaign.findById(before.id);
                c.reviewersPerDossier = before.reviewersPerDossier;
                c.blindReview = before.blindReview;
                c.disagreementThreshold = before.disagreementThreshold;
            });
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0   | 4     | reviewersPerDossier   | Un nombre entier de 1 à 5.",
            "6   | 4     | reviewersPerDossier   | Un nombre entier de 1 à 5.",
            "deux | 4    | reviewersPerDossier   | Un nombre entier de 1 à 5.",
            "1e0 | 4     | reviewersPerDossier   | Un nombre entier de 1 à 5.",
            "2   | 1e1   | disagreementThreshold | Un nombre de 0 à 20",
            "2   | 20,5  | disagreementThreshold | Un nombre de 0 à 20",
            "2   | -1    | disagreementThreshold | Un nombre de 0 à 20",
            "2   | 4,567 | disagreementThreshold | Un nombre de 0 à 20",
            "2   | quatre | disagreementThreshold | Un nombre de 0 à 20"})
    @TestSecurity(user = "admin", roles = "admin")
    void badSettingsAreRefusedAndNothingIsWritten(String reviewers, String threshold, String field, String message) {
        Campaign before = reloadCampaign(campaign.id);
        String page = post("/admin/grille").formParam("reviewersPerDossier", reviewers).formParam("blindReview", "on")
                .formParam("disagreementThreshold", threshold).post("/admin/grille/reglages")
                .then().statusCode(400).extract().asString();
        assertTrue(page.contains(message) && page.contains("href=\"#" + field + "\""), page);
        Campaign after = reloadCampaign(campaign.id);
        assertEquals(before.reviewersPerDossier, after.reviewersPerDossier);
        assertEquals(before.blindReview, after.blindReview);
        assertEquals(0, before.disagreementThreshold.compareTo(after.disagreementThreshold));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminAddsEditsMovesAndRemovesACriterion() {
        String tag = unique("ajout");
        int count = criteria().size();
        criterionForm(post("/admin/grille/criteres/nouveau"), tag, "10").post("/admin/grille/criteres")
                .then().statusCode(303).header("Location", endsWith("/admin/grille?ok=criterion_added#criteres"));
        List<Criterion> withNew = criteria();
        assertEquals(count + 1, withNew.size());
        Criterion added = withNew.get(withNew.size() - 1);
        assertEquals("Critère " + tag, added.labelFr, "added at the end");
        assertEquals(count + 1, added.position);
        assertEquals(10, added.weight);
        assertEquals("Level 4 " + tag, added.levels.get(4).en);
        try {
            criterionForm(post("/admin/grille/criteres/" + added.id), tag + "-v2", "30").formParam("version", added.version)
                    .post("/admin/grille/criteres/" + added.id)
                    .then().statusCode(303).header("Location", endsWith("ok=criterion_saved#critere-" + added.id));
            Criterion edited = criterion(added.id);
            assertEquals("Critère " + tag + "-v2", edited.labelFr);
            assertEquals("Description EN " + tag + "-v2", edited.descriptionEn);
            assertEquals(30, edited.weight);
            assertEquals("Niveau 0 " + tag + "-v2", edited.levels.get(0).fr);

            Long previous = withNew.get(withNew.size() - 2).id;
            post("/admin/grille").post("/admin/grille/criteres/" + added.id + "/monter").then().statusCode(303)
                    .header("Location", endsWith("ok=criterion_moved#critere-" + added.id));
            assertEquals(count, criterion(added.id).position);
            assertEquals(count + 1, criterion(previous).position);
            post("/admin/grille").post("/admin/grille/criteres/" + added.id + "/descendre").then().statusCode(303);
            assertEquals(count + 1, criterion(added.id).position);
            assertEquals(count, criterion(previous).position);
            post("/admin/grille").post("/admin/grille/criteres/" + added.id + "/descendre").then().statusCode(303);
            assertEquals(count + 1, criterion(added.id).position, "the last one stays last");
        } finally {
            post("/admin/grille").post("/admin/grille/criteres/" + added.id + "/supprimer").then().statusCode(303)
                    .header("Location", endsWith("ok=criterion_removed#criteres"));
        }
        List<Criterion> after = criteria();
        assertEquals(count, after.size());
        for (int i = 0; i < after.size(); i++) {
            assertEquals(i + 1, after.get(i).position, "positions stay 1 to n");
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void removingACriterionInTheMiddleClosesTheGap() {
        Long first = addCriterion(unique("milieu-a"), 5);
        Long second = addCriterion(unique("milieu-b"), 5);
        int secondPosition = criterion(second).position;
        try {
            post("/admin/grille").post("/admin/grille/criteres/" + first + "/supprimer").then().statusCode(303);
            assertEquals(secondPosition - 1, criterion(second).position);
        } finally {
            removeCriterion(second);
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void removingACriterionDropsTheLevelDraftReviewsGaveIt() {
        Long id = addCriterion(unique("brouillon"), 5);
        Long member = AdminFixtures.member("Membre Brouillon", unique("brouillon") + "@univ-lorraine.fr", null, false);
        Long draft = AdminFixtures.review(member, ReviewStatus.DRAFT);
        try {
            QuarkusTransaction.requiringNew().run(() -> Review.<Review>findById(draft).levels.put(id, 3));
            post("/admin/grille").post("/admin/grille/criteres/" + id + "/supprimer").then().statusCode(303);
            assertTrue(criteria().stream().noneMatch(c -> c.id.equals(id)));
            assertTrue(QuarkusTransaction.requiringNew().call(() -> Review.<Review>findById(draft).levels.isEmpty()),
                    "the draft keeps going without the removed criterion");
        } finally {
            AdminFixtures.deleteReview(draft);
            AdminFixtures.deleteMember(member);
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void criterionChangedSinceThePageWasShownIsNotOverwritten() {
        Long id = addCriterion(unique("concurrent"), 10);
        try {
            Criterion shown = criterion(id);
            criterionForm(post("/admin/grille/criteres/" + id), "premier", "10").formParam("version", shown.version)
                    .post("/admin/grille/criteres/" + id).then().statusCode(303);
            criterionForm(post("/admin/grille/criteres/" + id), "second", "10").formParam("version", shown.version)
                    .post("/admin/grille/criteres/" + id).then().statusCode(409);
            assertEquals("Critère premier", criterion(id).labelFr);
        } finally {
            removeCriterion(id);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "weight   | abc    | weight   | Un nombre entier de 1 à 100.",
            "weight   | 0      | weight   | Un nombre entier de 1 à 100.",
            "weight   | 101    | weight   | Un nombre entier de 1 à 100.",
            "weight   | ' '    | weight   | Un nombre entier de 1 à 100.",
            "weight   | 99999999999 | weight | Un nombre entier de 1 à 100.",
            "labelFr  | LONG201 | labelFr | 200 caractères au maximum.",
            "labelEn  | ' '    | labelEn  | Ce champ est obligatoire.",
            "descriptionFr | LONG1001 | descriptionFr | 1 000 caractères au maximum.",
            "level3En | ' '    | level3En | Ce champ est obligatoire.",
            "level2Fr | LONG501 | level2Fr | 500 caractères au maximum.",
            "level7Fr | Niveau sept | rubric | Les niveaux vont de 0 à 4.",
            "level123456789En | Niveau | rubric | Les niveaux vont de 0 à 4."})
    @TestSecurity(user = "admin", roles = "admin")
    void forgedOrBadCriterionIsRefusedAndNothingIsWritten(String param, String value, String field, String message) {
        String typed = value.startsWith("LONG") ? "a".repeat(Integer.parseInt(value.substring(4))) : value;
        Long id = addCriterion(unique("refus"), 10);
        try {
            Criterion before = criterion(id);
            var form = criterionForm(post("/admin/grille/criteres/" + id), "modifié", "20", Map.of(param, typed))
                    .formParam("version", before.version);
            String page = form.post("/admin/grille/criteres/" + id).then().statusCode(400).extract().asString();
            assertTrue(page.contains(message) && page.contains("href=\"#" + field + "\""), page);
            Criterion after = criterion(id);
            assertEquals(before.labelFr, after.labelFr, "nothing written");
            assertEquals(before.weight, after.weight);
            assertEquals(before.levels.get(0).fr, after.levels.get(0).fr);
            assertEquals(before.version, after.version);
            if (param.equals("weight") && value.equals("abc")) {
                Screenshots.take("admin-criterion-errors", page, 1400);
            }
        } finally {
            removeCriterion(id);
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void unknownCriterionIsRefusedAndNothingIsWritten() {
        int count = criteria().size();
        criterionForm(post("/admin/grille"), unique("inconnu"), "10").post("/admin/grille/criteres/999999999")
                .then().statusCode(400).body(containsString("Ce critère n’existe pas dans la grille de la campagne en cours."));
        for (String action : List.of("monter", "descendre", "supprimer")) {
            post("/admin/grille").post("/admin/grille/criteres/999999999/" + action).then().statusCode(400)
                    .body(containsString("Ce critère n’existe pas"));
        }
        assertEquals(count, criteria().size());
        given().get("/admin/grille/criteres/999999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void criterionOfAnotherCampaignCannotBeEdited() {
        Long old = QuarkusTransaction.requiringNew().call(() -> {
            var c = new Campaign();
            c.code = "T" + TestIds.digits(8);
            c.startYear = 1900;
            c.createdAt = java.time.Instant.now();
            c.persist();
            return c.id;
        });
        Long foreign = QuarkusTransaction.requiringNew().call(() -> {
            var c = new Criterion();
            c.campaign = Campaign.findById(old);
            c.position = 1;
            c.labelFr = c.labelEn = c.descriptionFr = c.descriptionEn = "Ancien";
            c.weight = 10;
            for (int level = 0; level <= Criterion.MAX_LEVEL; level++) {
                c.levels.put(level, new LevelDescriptor("Ancien", "Old"));
            }
            c.persist();
            return c.id;
        });
        try {
            criterionForm(post("/admin/grille"), "hors-campagne", "10").post("/admin/grille/criteres/" + foreign)
                    .then().statusCode(400);
            post("/admin/grille").post("/admin/grille/criteres/" + foreign + "/supprimer").then().statusCode(400);
            assertEquals("Ancien", criterion(foreign).labelFr);
            // the only criterion of that campaign: the last one is never removed
            assertEquals(AdminError.LAST_CRITERION, admin.remove(old, foreign).get("rubric"));
            assertNotNull(criterion(foreign));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Criterion.deleteById(foreign);
                Campaign.deleteById(old);
            });
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void onceAReviewIsSubmittedOnlyTheTextsOfTheRubricChange() {
        Long id = addCriterion(unique("verrou"), 10);
        Long member = AdminFixtures.member("Membre Verrou", unique("verrou") + "@univ-lorraine.fr", null, false);
        Long review = AdminFixtures.review(member, ReviewStatus.SUBMITTED);
        try {
            List<Criterion> before = criteria();
            Criterion mine = criterion(id);
            String page = given().get("/admin/grille").then().statusCode(200).extract().asString();
            assertTrue(page.contains("Grille verrouillée"), page);
            assertFalse(page.contains("href=\"/admin/grille/criteres/nouveau\""), "no add button");
            assertFalse(page.contains("/monter\"") || page.contains("/descendre\"") || page.contains("/supprimer\""),
                    "no reorder or remove buttons");
            Screenshots.take("admin-rubric-locked", page, 1300);
            given().get("/admin/grille/criteres/" + id).then().statusCode(200)
                    .body(containsString("Il ne peut plus changer"), not(containsString("name=\"weight\"")));

            // texts: still editable (the locked page sends no weight)
            criterionForm(post("/admin/grille/criteres/" + id), "corrigé", null).formParam("version", mine.version)
                    .post("/admin/grille/criteres/" + id).then().statusCode(303);
            Criterion corrected = criterion(id);
            assertEquals("Critère corrigé", corrected.labelFr);
            assertEquals("Level 2 corrigé", corrected.levels.get(2).en);
            assertEquals(10, corrected.weight);

            // weight: refused, and nothing else of the form written either
            String refused = criterionForm(post("/admin/grille/criteres/" + id), "poids", "40").formParam("version", corrected.version)
                    .post("/admin/grille/criteres/" + id).then().statusCode(409).extract().asString();
            assertTrue(refused.contains("les notes restent comparables"), refused);
            assertEquals(10, criterion(id).weight);
            assertEquals("Critère corrigé", criterion(id).labelFr);

            criterionForm(post("/admin/grille"), unique("nouveau"), "10").post("/admin/grille/criteres")
                    .then().statusCode(409).body(containsString("les notes restent comparables"));
            post("/admin/grille").post("/admin/grille/criteres/" + id + "/supprimer").then().statusCode(409);
            post("/admin/grille").post("/admin/grille/criteres/" + id + "/monter").then().statusCode(409);
            post("/admin/grille").post("/admin/grille/criteres/" + before.get(0).id + "/descendre").then().statusCode(409);
            given().redirects().follow(false).get("/admin/grille/criteres/nouveau").then().statusCode(303);

            List<Criterion> after = criteria();
            assertEquals(before.stream().map(c -> c.id + "@" + c.position + "x" + c.weight).toList(),
                    after.stream().map(c -> c.id + "@" + c.position + "x" + c.weight).toList(), "same criteria, order and weights");
        } finally {
            AdminFixtures.deleteReview(review);
            AdminFixtures.deleteMember(member);
            removeCriterion(id);
        }
    }

    // --- nobody but the admin -------------------------------------------------------------------

    @Test
    @TestSecurity(user = "relecteur", roles = "reviewer")
    void reviewerIsRefused() {
        assertRefused();
    }

    @Test
    @TestSecurity(user = "responsable", roles = "head")
    void headIsRefused() {
        assertRefused();
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void secretariatIsRefused() {
        assertRefused();
    }

    @Test
    @TestSecurity(user = "candidat", roles = "candidate")
    void candidateIsRefused() {
        assertRefused();
    }

    @Test
    void anonymousIsSentToLogIn() {
        for (String path : List.of("/admin/grille", "/admin/grille/criteres/nouveau")) {
            given().redirects().follow(false).get(path).then().statusCode(302);
        }
    }

    private void assertRefused() {
        Long any = criteria().get(0).id;
        for (String path : List.of("/admin/grille", "/admin/grille/criteres/nouveau", "/admin/grille/criteres/" + any)) {
            given().redirects().follow(false).get(path).then().statusCode(403).body(not(containsString("name=\"weight\"")));
        }
    }
}
