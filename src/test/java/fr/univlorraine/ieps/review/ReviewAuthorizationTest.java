package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.FormPost;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every review and ranking route against every role, from one table: a role not listed gets 403
 * (anonymous people are sent to log in), a role listed gets past the door (whatever the page then says).
 */
@QuarkusTest
class ReviewAuthorizationTest {


    /** A route and the roles that may use it; {id} is a dossier under review, {doc} one of its documents. */
    record Route(String method, String path, Set<String> roles) {
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/evaluation", Set.of(Roles.REVIEWER)),
            new Route("GET", "/evaluation/dossiers/{id}", Set.of(Roles.REVIEWER)),
            new Route("POST", "/evaluation/dossiers/{id}", Set.of(Roles.REVIEWER)),
            new Route("POST", "/evaluation/dossiers/{id}/conflit", Set.of(Roles.REVIEWER)),
            new Route("GET", "/evaluation/dossiers/{id}/pieces/1", Set.of(Roles.REVIEWER)),
            new Route("GET", "/evaluation/dossiers/{id}/pdf", Set.of(Roles.REVIEWER)),
            new Route("GET", "/responsable", Set.of(Roles.HEAD)),
            new Route("GET", "/responsable/affectations/M1", Set.of(Roles.HEAD)),
            new Route("POST", "/responsable/affectations/M1/ouvrir", Set.of(Roles.HEAD)),
            new Route("POST", "/responsable/affectations/M1/auto", Set.of(Roles.HEAD)),
            new Route("POST", "/responsable/affectations/M1/dossiers/{id}", Set.of(Roles.HEAD)),
            new Route("POST", "/responsable/affectations/M1/evaluations/999999/retirer", Set.of(Roles.HEAD)),
            new Route("GET", "/responsable/decisions/M1", Set.of(Roles.HEAD)),
            new Route("POST", "/responsable/decisions/M1", Set.of(Roles.HEAD)),
            new Route("POST", "/responsable/decisions/M1/publier", Set.of(Roles.HEAD)),
            new Route("POST", "/responsable/decisions/M1/deprogrammer", Set.of(Roles.HEAD)),
            new Route("GET", "/classement/M1", Set.of(Roles.HEAD)),
            new Route("POST", "/classement/M1/deplacer", Set.of(Roles.HEAD)),
            new Route("GET", "/classement/M1/journal", Set.of(Roles.HEAD, Roles.REVIEWER)),
            new Route("GET", "/classement/M1/pv", Set.of(Roles.HEAD)),
            new Route("POST", "/classement/M1/pv", Set.of(Roles.HEAD)),
            new Route("GET", "/classement/M1/pv/999999", Set.of(Roles.HEAD)),
            new Route("GET", "/api/tracks/M1/ranking", Set.of(Roles.HEAD)),
            new Route("GET", "/admin/equipe", Set.of(Roles.ADMIN)),
            new Route("POST", "/admin/equipe", Set.of(Roles.ADMIN)),
            new Route("GET", "/admin/grille", Set.of(Roles.ADMIN)),
            new Route("POST", "/admin/grille/reglages", Set.of(Roles.ADMIN)));

    private static Long dossier;

    @BeforeEach
    void dossier() {
        ReviewFixtures.openCampaign();
        if (dossier == null) {
            dossier = ReviewFixtures.underReview(ReviewFixtures.unique("authz"), Level.M1, false);
        }
    }

    /** Calls every route as the current test user; returns the routes whose answer broke the table. */
    private static List<String> check(String role) {
        // a valid CSRF token (none for anonymous people, who have no session), so that a refusal can only
        // come from the role check
        String csrf = role == null ? "none" : FormPost.token("/contact");
        List<String> wrong = new ArrayList<>();
        for (Route route : ROUTES) {
            String path = route.path().replace("{id}", String.valueOf(dossier));
            var request = given().redirects().follow(false);
            Response response = route.method().equals("GET") ? request.get(path)
                    : request.contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf).post(path);
            int status = response.statusCode();
            boolean allowed = role != null && route.roles().contains(role);
            boolean ok;
            if (allowed) {
                ok = status != 403 && status != 401 && !(status == 302 && String.valueOf(response.header("Location")).contains("/connexion"));
            } else if (role == null) {
                ok = status == 302 || status == 401;
            } else {
                ok = status == 403;
            }
            if (!ok) {
                wrong.add(route.method() + " " + path + " → " + status + (allowed ? " (allowed)" : " (forbidden)"));
            }
        }
        return wrong;
    }

    private static void assertTable(String role) {
        List<String> wrong = check(role);
        assertTrue(wrong.isEmpty(), "as " + role + ":\n  " + String.join("\n  ", wrong));
    }

    @Test
    @TestSecurity(user = "authz-candidate", roles = Roles.CANDIDATE)
    void candidate() {
        assertTable(Roles.CANDIDATE);
    }

    @Test
    @TestSecurity(user = "authz-reviewer", roles = Roles.REVIEWER)
    void reviewer() {
        assertTable(Roles.REVIEWER);
    }

    @Test
    @TestSecurity(user = "authz-head", roles = Roles.HEAD)
    void head() {
        assertTable(Roles.HEAD);
    }

    @Test
    @TestSecurity(user = "authz-secretariat", roles = Roles.SECRETARIAT)
    void secretariat() {
        assertTable(Roles.SECRETARIAT);
    }

    @Test
    @TestSecurity(user = "authz-admin", roles = Roles.ADMIN)
    void admin() {
        assertTable(Roles.ADMIN);
    }

    @Test
    void anonymous() {
        assertTable(null);
    }

    @Test
    void theTableCoversEveryReviewAndRankingResource() {
        // a new resource in these features must be added to the table above
        Set<String> prefixes = Set.of("/evaluation", "/responsable", "/classement", "/admin/equipe", "/admin/grille",
                "/api/tracks");
        for (Class<?> resource : List.of(ReviewerResource.class, AssignmentResource.class, TeamAdminResource.class,
                RubricAdminResource.class, fr.univlorraine.ieps.ranking.RankingResource.class,
                fr.univlorraine.ieps.ranking.MinutesResource.class, fr.univlorraine.ieps.ranking.RankingApi.class,
                fr.univlorraine.ieps.ranking.HeadDashboardResource.class,
                fr.univlorraine.ieps.decision.DecisionResource.class)) {
            String path = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            String prefix = path.replaceAll("\\{[^}]+}", "M1");
            assertTrue(prefixes.stream().anyMatch(prefix::startsWith), resource + " at " + path);
            assertTrue(ROUTES.stream().anyMatch(r -> r.path().startsWith(prefix)), "no route of " + resource.getSimpleName() + " in the table");
        }
        assertEquals(ROUTES.size(), ROUTES.stream().map(r -> r.method() + r.path()).distinct().count());
    }
}
