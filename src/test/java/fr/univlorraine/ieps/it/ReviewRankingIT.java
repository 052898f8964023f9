package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.it.Dossiers.Dossier;
import fr.univlorraine.ieps.it.RealBrowser.Browsers;
import fr.univlorraine.ieps.review.DefaultRubricRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * "Reviewer scores, head ranks" on the real stack: the admin puts two reviewers on the team, the head opens
 * review and gives both of them two complete dossiers, each reviewer scores both without seeing the other's
 * review first, and the head ranks the dossiers, moving one with a reason that the whole committee reads in
 * the log. Other tests of the run may have left dossiers in the track (CandidateJourneyIT makes one
 * complete): they are opened for review too, stay without reviewers here, and rank after the scored ones.
 */
@ExtendWith(RealBrowser.class)
class ReviewRankingIT {

    static final String FIRST_REVIEWER = "Rémi Relecteur";
    static final String FIRST_EMAIL = "relecteur@example.org";
    static final String FIRST_PASSWORD = "relecteur-demo-2027";
    static final String SECOND_REVIEWER = "Inès Seconde-Lectrice";
    static final String SECOND_PASSWORD = "Lecture-Croisee-2027";

    // the levels each reviewer gives on the five default criteria (weights 25, 25, 20, 15, 15)
    static final int[] FIRST_ON_A = {3, 3, 3, 3, 3};
    static final int[] SECOND_ON_A = {4, 3, 4, 3, 3};
    static final int[] FIRST_ON_B = {2, 2, 2, 2, 2};
    static final int[] SECOND_ON_B = {2, 3, 1, 2, 2};

    static final String FIRST_COMMENT_ON_A = "Projet d'observatoire local solide, terrain déjà négocié avec la mission locale.";
    static final String MOVE_REASON = "Terrain déjà ouvert dans une association du handicap à Metz : le projet est faisable dès le M1.";

    private final String secondEmail = "seconde." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    private Dossier a;
    private Dossier b;

    @Test
    void reviewersScoreIndependentlyAndTheHeadRanksWithAReasonTheCommitteeReads(Browsers browsers) throws Exception {
        RealStack stack = RealStack.get();
        twoCompleteDossiersAndASecondReviewerAccount(stack);

        adminAddsBothReviewersToTheTeam(browsers.open());

        Browser first = browsers.open();
        Browser second = browsers.open();
        bothReviewersSignInOnceSoThatDossiersCanBeAssignedToThem(first, second);

        Browser head = browsers.open();
        headOpensReviewAndGivesBothDossiersToBothReviewers(head);

        firstReviewerScoresBothDossiers(first);

        secondReviewerScoresBothDossiersThenSeesTheFirstReview(second);

        headSeesTheScoreOrderAndMovesTheSecondDossierFirstWithAReason(head);

        reviewerReadsTheLogButNotTheBoard(first);
    }

    /** Arrange: what the candidates and the secretariat did before (CandidateJourneyIT walks it), and Keycloak's admin. */
    private void twoCompleteDossiersAndASecondReviewerAccount(RealStack stack) throws Exception {
        try (var db = stack.database()) {
            a = Dossiers.complete(db, "M1", "Léa", "Fontaine",
                    "Devenir chargée d'études dans un observatoire social départemental.",
                    "Les trajectoires des jeunes accompagnés par les missions locales de Moselle.", "POVERTY", "HOUSING_INSERTION");
            b = Dossiers.complete(db, "M1", "Hugo", "Marchal",
                    "Coordonner des dispositifs d'habitat inclusif dans une association du handicap.",
                    "L'habitat inclusif et l'autonomie des adultes en situation de handicap.", "DISABILITY");
        }
        stack.keycloak.createStaffUser(secondEmail, "Inès", "Seconde-Lectrice", SECOND_PASSWORD, "reviewer");
    }

    private void adminAddsBothReviewersToTheTeam(Browser admin) throws Exception {
        admin.open("/admin/equipe").logInOnKeycloak("admin@example.org", "admin-demo-2027!").awaitAppPath("/admin/equipe");
        for (String[] member : new String[][] {{FIRST_REVIEWER, FIRST_EMAIL, "SOCIAL_WORK"}, {SECOND_REVIEWER, secondEmail, "DISABILITY"}}) {
            admin.clickAndAwaitNextPage("a[href='/admin/equipe/nouveau']");
            admin.type("#fullName", member[0]).type("#email", member[1]).click("label[for='theme-" + member[2] + "']");
            admin.clickAndAwaitNextPage("main form button[type=submit]");
            assertTrue(admin.url().endsWith("/admin/equipe?ok=added"), admin.url());
            assertTrue(admin.text().contains("Le membre est ajouté"), admin.text());
            WebElement row = rowNaming(admin, "table.team-table tbody tr", member[1]);
            assertTrue(row.getText().contains("Pas encore connecté"), "linked only at the first login: " + row.getText());
        }
        admin.keepScreenshot("review-01-team");
    }

    /** Only a member whose account is linked (at their first login) can be given dossiers. */
    private void bothReviewersSignInOnceSoThatDossiersCanBeAssignedToThem(Browser first, Browser second) {
        first.open("/evaluation").logInOnKeycloak(FIRST_EMAIL, FIRST_PASSWORD).awaitAppPath("/evaluation");
        second.open("/evaluation").logInOnKeycloak(secondEmail, SECOND_PASSWORD).awaitAppPath("/evaluation");
    }

    private void headOpensReviewAndGivesBothDossiersToBothReviewers(Browser head) throws Exception {
        head.open("/responsable/affectations/M1").logInOnKeycloak("responsable@example.org", "responsable-demo-2027")
                .awaitAppPath("/responsable/affectations/M1");
        head.clickAndAwaitNextPage("form[action$='/ouvrir'] button");
        assertTrue(head.text().contains("L’évaluation est ouverte"), head.text());
        for (Dossier dossier : List.of(a, b)) {
            assertTrue(head.find("#dossier-" + dossier.id()).getText().contains("Il manque 2 relecteur(s)"),
                    "the dossier is under review, without reviewers yet");
            for (String reviewer : List.of(FIRST_REVIEWER, SECOND_REVIEWER)) {
                // by hand: the automatic assignment would prefer the brochure's members, who hold nothing yet
                Select select = new Select(head.find("#member-" + dossier.id()));
                select.getOptions().stream().filter(o -> o.getText().contains(reviewer)).findFirst()
                        .orElseThrow(() -> new AssertionError(reviewer + " is not offered for " + dossier.reference()))
                        .click();
                // the row is changed in place: the page neither reloads nor moves
                String path = head.path();
                head.click("#dossier-" + dossier.id() + " form.inline-add button");
                new org.openqa.selenium.support.ui.WebDriverWait(head.driver, java.time.Duration.ofSeconds(15))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                        head.all("#dossier-" + dossier.id() + " td ul.plain > li").stream()
                                .anyMatch(li -> li.getText().startsWith(reviewer)));
                assertTrue(head.find("#swap-status").getText().contains("Relecteur ajouté."), head.find("#swap-status").getText());
                assertEquals(path, head.path(), "no new page");
            }
            List<String> reviewers = head.all("#dossier-" + dossier.id() + " td ul.plain > li").stream().map(WebElement::getText).toList();
            assertEquals(2, reviewers.size(), "exactly the two test reviewers: " + reviewers);
            assertTrue(reviewers.get(0).startsWith(FIRST_REVIEWER) && reviewers.get(1).startsWith(SECOND_REVIEWER), reviewers.toString());
            assertTrue(reviewers.stream().allMatch(r -> r.contains("À faire")), reviewers.toString());
            assertFalse(head.find("#dossier-" + dossier.id()).getText().contains("Il manque"), "no reviewer missing");
        }
        head.scrollTo("table.assignments").keepScreenshot("review-02-assignments");
    }

    private void firstReviewerScoresBothDossiers(Browser reviewer) throws Exception {
        reviewer.open("/evaluation").awaitAppPath("/evaluation");
        assertQueue(reviewer, "0 évaluation(s) soumise(s) sur 2");

        openFromQueue(reviewer, a);
        assertTrue(reviewer.text().contains("Léa Fontaine"), "not a blind review: the candidate is named");
        assertOthersHidden(reviewer);
        Readings.fillAndSubmit(reviewer, FIRST_ON_A, FIRST_COMMENT_ON_A, "ADMIT", "review-03-first-reviewer-form");
        assertTrue(reviewer.text().contains("Évaluation soumise. Vous voyez maintenant les autres évaluations du dossier."));
        assertTrue(reviewer.text().contains(": " + score(FIRST_ON_A) + " / 20."), "the weighted score: " + reviewer.text());
        assertTrue(reviewer.text().contains("Aucune autre évaluation n’a encore été soumise."), reviewer.text());
        reviewer.scrollTo("#review-heading").keepScreenshot("review-04-first-reviewer-submitted");

        reviewer.open("/evaluation");
        openFromQueue(reviewer, b);
        Readings.fillAndSubmit(reviewer, FIRST_ON_B, "Projet pertinent mais question de recherche encore floue.", "WAITLIST", null);
        reviewer.open("/evaluation");
        assertQueue(reviewer, "2 évaluation(s) soumise(s) sur 2");
    }

    private void secondReviewerScoresBothDossiersThenSeesTheFirstReview(Browser reviewer) throws Exception {
        reviewer.open("/evaluation").awaitAppPath("/evaluation");
        assertQueue(reviewer, "0 évaluation(s) soumise(s) sur 2");

        openFromQueue(reviewer, a);
        // the first review is in, and still out of sight until this one is
        assertOthersHidden(reviewer);
        assertFalse(reviewer.text().contains(FIRST_COMMENT_ON_A), "the first reviewer's comment does not leak");
        Readings.fillAndSubmit(reviewer, SECOND_ON_A, "Très bon dossier, projet de recherche mûr et faisable.", "ADMIT", null);
        WebElement other = reviewer.find("section[aria-labelledby='others-heading'] article");
        assertTrue(other.getText().startsWith(FIRST_REVIEWER + " – " + score(FIRST_ON_A) + " / 20"), other.getText());
        assertTrue(other.getText().contains(FIRST_COMMENT_ON_A), "now the first reviewer's comment is shown: " + other.getText());
        reviewer.scrollTo("#others-heading").keepScreenshot("review-05-second-reviewer-sees-the-first");

        reviewer.open("/evaluation");
        openFromQueue(reviewer, b);
        Readings.fillAndSubmit(reviewer, SECOND_ON_B, "Motivation réelle ; le parcours académique reste fragile.", "WAITLIST", null);
        reviewer.open("/evaluation");
        assertQueue(reviewer, "2 évaluation(s) soumise(s) sur 2");
    }

    private void headSeesTheScoreOrderAndMovesTheSecondDossierFirstWithAReason(Browser head) throws Exception {
        head.open("/responsable/affectations/M1");
        for (String reviewer : List.of(FIRST_REVIEWER, SECOND_REVIEWER)) {
            assertTrue(rowNaming(head, "main table:not(.assignments) tbody tr", reviewer).getText().endsWith("relié"),
                    reviewer + "'s account was linked at their first login");
        }

        head.open("/classement/M1");
        String meanA = mean(FIRST_ON_A, SECOND_ON_A);
        String meanB = mean(FIRST_ON_B, SECOND_ON_B);
        assertBoardStartsWith(head, a, meanA, b, meanB);
        assertFalse(head.text().contains("Ex æquo"), "different means: no tie");
        head.keepScreenshot("review-06-board-by-score");

        // without a reason nothing moves
        head.click("#dossier-" + b.id() + " summary");
        head.type("#to-" + b.id(), "1");
        head.clickAndAwaitNextPage("#dossier-" + b.id() + " form.move button");
        assertTrue(head.find(".error-summary").getText().contains("Indiquez la raison de ce déplacement"), head.text());
        assertBoardStartsWith(head, a, meanA, b, meanB);
        head.scrollTo("table.board").keepScreenshot("review-07-move-without-reason");

        // the form stays open on the dossier with the rank asked for: the head only adds the reason
        assertEquals("1", head.find("#to-" + b.id()).getAttribute("value"), "the rank the head typed is kept");
        head.type("#reason-" + b.id(), MOVE_REASON);
        head.clickAndAwaitNextPage("#dossier-" + b.id() + " form.move button");
        assertTrue(head.url().contains("ok=rank_moved"), head.url());
        assertTrue(head.text().contains("Dossier déplacé ; le déplacement et sa raison sont inscrits au journal."));
        assertBoardStartsWith(head, b, meanB, a, meanA);
        assertTrue(head.find("#dossier-" + b.id()).getText().contains("Placé par un responsable"), "the move is flagged");
        head.keepScreenshot("review-08-board-after-move");

        head.clickAndAwaitNextPage("a[href='/classement/M1/journal']");
        assertLogShowsTheMove(head);
    }

    private void reviewerReadsTheLogButNotTheBoard(Browser reviewer) throws Exception {
        reviewer.open("/classement/M1/journal");
        assertEquals("/classement/M1/journal", reviewer.path());
        assertLogShowsTheMove(reviewer);
        assertTrue(reviewer.all("a[href='/classement/M1']").isEmpty(), "no way to the board from a reviewer's log");
        reviewer.keepScreenshot("review-09-log-read-by-a-reviewer");

        reviewer.open("/classement/M1");
        assertEquals("Accès refusé", reviewer.heading());
        assertFalse(reviewer.text().contains(b.reference()), "nothing of the board leaks");
    }

    // ---- steps' details

    private static void openFromQueue(Browser reviewer, Dossier dossier) {
        reviewer.clickAndAwaitNextPage("a[href='/evaluation/dossiers/" + dossier.id() + "']");
        assertEquals("Dossier " + dossier.reference(), reviewer.heading());
    }

    private static void assertQueue(Browser reviewer, String progress) {
        String queue = reviewer.find("table.queue").getText();
        assertEquals(2, reviewer.all("table.queue tbody tr").size(), "the two dossiers given to this reviewer: " + queue);
        assertTrue(reviewer.text().contains(progress), reviewer.text());
    }

    private static void assertOthersHidden(Browser reviewer) {
        String others = reviewer.find("section[aria-labelledby='others-heading']").getText();
        assertTrue(others.contains("restent masquées jusqu’à ce que vous soumettiez la vôtre"), others);
        assertTrue(reviewer.all("section[aria-labelledby='others-heading'] article").isEmpty(), others);
    }

    /** The board's first two rows (other tests' dossiers, unscored, come after), with their means. */
    private static void assertBoardStartsWith(Browser head, Dossier first, String firstMean, Dossier second, String secondMean) {
        List<WebElement> rows = head.all("table.board tbody tr[id^='dossier-']");
        assertTrue(rows.size() >= 2, "both dossiers are on the board");
        for (int i = 0; i < 2; i++) {
            Dossier expected = i == 0 ? first : second;
            WebElement row = rows.get(i);
            assertEquals("dossier-" + expected.id(), row.getAttribute("id"), "rank " + (i + 1) + ": " + row.getText());
            assertEquals(String.valueOf(i + 1), row.findElement(By.cssSelector("td.rank")).getText());
            assertEquals(i == 0 ? firstMean : secondMean, row.findElement(By.cssSelector("td.score")).getText());
            assertTrue(row.getText().contains(expected.name()), row.getText());
        }
    }

    private void assertLogShowsTheMove(Browser browser) {
        assertTrue(browser.heading().startsWith("Journal du classement"), browser.heading());
        // the log of the track: other journeys may have moved their own dossiers on it
        List<WebElement> lines = browser.all("main table tbody tr").stream()
                .filter(l -> l.getText().contains(a.reference()) || l.getText().contains(b.reference())).toList();
        assertEquals(1, lines.size(), "one move of this journey's dossiers so far");
        String line = lines.get(0).getText();
        assertTrue(line.contains("Raymond Responsable") && line.contains(b.reference()) && line.contains("du rang 2 au rang 1")
                && line.contains(MOVE_REASON), line);
    }

    private static WebElement rowNaming(Browser browser, String rowsCss, String text) {
        return browser.all(rowsCss).stream().filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + browser.text()));
    }

    /** A review's score as the rubric defines it: Σ level × weight / (4 × Σ weight) × 20, two decimals, French comma. */
    private static String score(int[] levels) {
        return french(weighted(levels));
    }

    /** A dossier's mean of its two reviews, two decimals, half up. */
    private static String mean(int[] one, int[] other) {
        return french(weighted(one).add(weighted(other)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP));
    }

    private static BigDecimal weighted(int[] levels) {
        List<Integer> weights = DefaultRubricRows.weights();
        long points = 0;
        long max = 0;
        for (int i = 0; i < levels.length; i++) {
            points += (long) levels[i] * weights.get(i);
            max += 4L * weights.get(i);
        }
        return BigDecimal.valueOf(points * 20).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
    }

    private static String french(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}
