package fr.univlorraine.ieps.review;

import static fr.univlorraine.ieps.review.AdminFixtures.html;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public examination criteria are the rubric itself, readable by anyone in French and English. */
@QuarkusTest
class CriteriaPageTest {

    private List<Criterion> criteria;

    @BeforeEach
    void rubric() {
        Campaign campaign = AdminFixtures.campaign();
        criteria = QuarkusTransaction.requiringNew().call(() -> Criterion.ofCampaign(campaign.id));
    }

    private String share(Criterion c, char decimalMark) {
        int total = criteria.stream().mapToInt(k -> k.weight).sum();
        return new BigDecimal(c.weight * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString().replace('.', decimalMark);
    }

    @Test
    void anyoneReadsTheCriteriaInFrenchWithTheirShareAndLevels() {
        String page = given().redirects().follow(false).get("/criteres").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<html lang=\"fr\">"), page);
        assertTrue(page.contains("<h1>Critères d’examen des dossiers</h1>"), page);
        assertTrue(page.contains("exactement les critères sur lesquels l’équipe pédagogique évalue chaque dossier"), page);
        assertTrue(page.contains("moyenne des niveaux pondérée"), "how the score out of 20 is computed");
        for (Criterion c : criteria) {
            assertTrue(page.contains(html(c.labelFr)), c.labelFr);
            assertTrue(page.contains(html(c.descriptionFr)), c.descriptionFr);
            assertTrue(page.contains("Poids : " + share(c, ',') + "\u00a0% de la note"), share(c, ','));
            for (int level = 0; level <= Criterion.MAX_LEVEL; level++) {
                assertTrue(page.contains("<li>" + html(c.levels.get(level).fr) + "</li>"), c.levels.get(level).fr);
            }
        }
        Screenshots.take("criteria-fr", page, 2400);
    }

    @Test
    void criteriaAreInEnglishWhenChosen() {
        String page = given().cookie("ieps-lang", "en").get("/criteres").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertTrue(page.contains("<h1>Examination criteria for applications</h1>"), page);
        for (Criterion c : criteria) {
            assertTrue(page.contains(html(c.labelEn)), c.labelEn);
            assertTrue(page.contains(html(c.descriptionEn)), c.descriptionEn);
            assertTrue(page.contains("Weight: " + share(c, '.') + "% of the score"), share(c, '.'));
            assertTrue(page.contains("<li>" + html(c.levels.get(4).en) + "</li>"), c.levels.get(4).en);
            assertTrue(!page.contains(html(c.labelFr)) || c.labelFr.equals(c.labelEn), "no French label: " + c.labelFr);
        }
        Screenshots.take("criteria-en", page, 2400);
    }

    @Test
    void applyPageLinksToTheCriteria() {
        given().get("/candidater").then().statusCode(200)
                .body(containsString("<a href=\"/criteres\">voir les critères d’examen</a>"));
        given().cookie("ieps-lang", "en").get("/candidater").then().statusCode(200)
                .body(containsString("<a href=\"/criteres\">see the examination criteria</a>"));
    }
}
