package fr.univlorraine.ieps.ranking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.review.Recommendation;
import fr.univlorraine.ieps.review.ReviewFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ranking board reads a fixed number of SQL statements per page, whatever the number of dossiers
 * (issue "Review and ranking"): counted with Hibernate's statistics (%test.quarkus.hibernate-orm.statistics)
 * around real HTTP requests, before and after 40 more dossiers with 3 submitted reviews each. The test
 * database is shared with other test classes, so only differences are compared, never absolute row counts.
 */
@QuarkusTest
class RankingBoardQueriesTest {

    /** Added between the two counts. */
    private static final int MORE_DOSSIERS = 40;
    /** What "a fixed, small number" means here: one statement per thing the page shows, not per row. */
    private static final long AT_MOST = 15;

    private static final Pattern ROW = Pattern.compile("<tr id=\"dossier-");
    /** The first summary figure: the number of dossiers on the board. */
    private static final Pattern TOTAL = Pattern.compile("<ul class=\"summary-figures\">\\s*<li><strong>(\\d+)</strong>");
    /** Past the end, the board shows its last page. */
    private static final String LAST_PAGE = "/classement/M2?page=100000";

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    /** What one GET of a board page cost: statements prepared by Hibernate, and the rows shown. */
    private record Measure(String path, long statements, int rows, String html) {
    }

    private Measure measure(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "%test.quarkus.hibernate-orm.statistics=true is missing");
        long before = statistics.getPrepareStatementCount();
        String html = given().get(path).then().statusCode(200).extract().asString();
        long statements = statistics.getPrepareStatementCount() - before;
        int rows = (int) ROW.matcher(html).results().count();
        return new Measure(path, statements, rows, html);
    }

    private static int total(Measure m) {
        Matcher total = TOTAL.matcher(m.html());
        assertTrue(total.find(), m.html());
        return Integer.parseInt(total.group(1));
    }

    /** Dossiers of M2 under review, each with 3 submitted reviews of varied levels (spreads, disagreements, ties). */
    private static void dossiers(int count, List<Long> members) {
        for (int i = 0; i < count; i++) {
            Long id = ReviewFixtures.underReview(ReviewFixtures.unique("nq"), Level.M2, false);
            int base = i % 5;
            ReviewFixtures.submitted(id, members.get(0), Recommendation.ADMIT, "ok", base);
            ReviewFixtures.submitted(id, members.get(1), Recommendation.WAITLIST, "ok", (base + 1) % 5);
            ReviewFixtures.submitted(id, members.get(2), Recommendation.REJECT, "ok", (base + 3) % 5);
        }
    }

    @Test
    @TestSecurity(user = "head-queries", roles = "head")
    void theBoardRunsTheSameFewQueriesWhateverTheNumberOfDossiers() {
        List<Long> members = List.of(ReviewFixtures.member(ReviewFixtures.unique("nq1")),
                ReviewFixtures.member(ReviewFixtures.unique("nq2")), ReviewFixtures.member(ReviewFixtures.unique("nq3")));
        dossiers(2, members);  // a board with rows, whatever other test classes left
        measure("/classement/M2");  // once, not compared: first-request work (templates, caches) is not the board's

        Measure first = measure("/classement/M2");
        Measure last = measure(LAST_PAGE);
        dossiers(MORE_DOSSIERS, members);
        Measure firstAfter = measure("/classement/M2");
        Measure lastAfter = measure(LAST_PAGE);

        for (Measure m : List.of(first, last, firstAfter, lastAfter)) {
            System.out.printf("[board queries] GET %s: %d dossiers on the board, %d rows shown, %d SQL statements%n",
                    m.path(), total(m), m.rows(), m.statements());
        }
        assertEquals(total(first) + MORE_DOSSIERS, total(firstAfter), "the board grew by the dossiers added");
        // so the counts compare pages that show more rows, or a board that has one more page
        boolean moreRows = firstAfter.rows() > first.rows() || lastAfter.rows() > last.rows();
        boolean morePages = (total(firstAfter) + 99) / 100 > (total(first) + 99) / 100;
        assertTrue(moreRows || morePages, "the pages measured did not change");
        assertEquals(first.statements(), last.statements(), "first and last page");
        assertEquals(first.statements(), firstAfter.statements(), "first page, " + MORE_DOSSIERS + " dossiers later");
        assertEquals(first.statements(), lastAfter.statements(), "last page, " + MORE_DOSSIERS + " dossiers later");
        assertTrue(first.statements() <= AT_MOST, first.statements() + " statements for one page of the board");
    }
}
