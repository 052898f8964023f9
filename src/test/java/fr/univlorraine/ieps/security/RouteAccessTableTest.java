package fr.univlorraine.ieps.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Who may open which page: the table below is the rule, written by hand, one line per GET route of the deployed app
 * (read from its OpenAPI document). A route the table does not name fails the test, so that a new page is given its
 * roles the day it appears; for each role, a page it may not open answers 403, and a page it may open never does
 * (it may still answer 404 for an id that is not its own, or send elsewhere).
 */
@QuarkusTest
class RouteAccessTableTest {

    private static final String C = Roles.CANDIDATE;
    private static final String R = Roles.REVIEWER;
    private static final String H = Roles.HEAD;
    private static final String S = Roles.SECRETARIAT;
    private static final String A = Roles.ADMIN;
    private static final String D = Roles.DPO;
    private static final Set<String> PUBLIC = Set.of(C, R, H, S, A, D);
    private static final Set<String> STAFF = Set.of(H, S, A);

    /** The rule: each GET route and the roles that may open it. */
    static final Map<String, Set<String>> TABLE = new LinkedHashMap<>();

    static {
        for (String open : List.of("/", "/calendrier", "/candidater", "/confidentialite", "/connexion", "/contact",
                "/criteres", "/langue/{lang}", "/modeles/{code}")) {
            TABLE.put(open, PUBLIC);
        }
        // the candidate's own pages
        for (String own : List.of("/candidatures", "/candidatures/{id}", "/candidatures/{id}/attestation.pdf",
                "/candidatures/{id}/confirmation", "/candidatures/{id}/dossier", "/candidatures/{id}/dossier-depose",
                "/candidatures/{id}/dossier.pdf", "/candidatures/{id}/inscription", "/candidatures/{id}/messages",
                "/candidatures/{id}/pieces", "/candidatures/{id}/pieces/fichier/{documentId}",
                "/candidatures/{id}/recepisse.pdf")) {
            TABLE.put(own, Set.of(C));
        }
        // the staff's area
        TABLE.put("/equipe", Set.of(R, H, S, A));
        TABLE.put("/equipe/preferences", Set.of(R, H, S, A));
        TABLE.put("/evaluation", Set.of(R));
        TABLE.put("/evaluation/dossiers/{id}", Set.of(R));
        TABLE.put("/evaluation/dossiers/{id}/pdf", Set.of(R));
        TABLE.put("/evaluation/dossiers/{id}/pieces/{documentId}", Set.of(R));
        // one dossier page for the staff: a reviewer is sent to their own page of an assigned dossier
        TABLE.put("/dossiers/{id}", Set.of(R, H, S, A));
        TABLE.put("/dossiers/{id}/seance", Set.of(H));
        TABLE.put("/dossiers/{id}/messages", STAFF);
        TABLE.put("/dossiers/{id}/pdf", STAFF);
        TABLE.put("/dossiers/{id}/pieces/{documentId}", STAFF);
        TABLE.put("/recherche", STAFF);
        TABLE.put("/messages", STAFF);
        TABLE.put("/messages/selection", STAFF);
        TABLE.put("/motifs", STAFF);
        TABLE.put("/motifs/{requestId}", STAFF);
        // the heads
        TABLE.put("/responsable", Set.of(H));
        TABLE.put("/responsable/affectations/{level}", Set.of(H));
        TABLE.put("/responsable/decisions/{level}", Set.of(H));
        TABLE.put("/classement/{level}", Set.of(H));
        TABLE.put("/classement/{level}/journal", Set.of(H, R));
        TABLE.put("/classement/{level}/pv", Set.of(H));
        TABLE.put("/classement/{level}/pv/{id}", Set.of(H));
        // the secretariat
        TABLE.put("/secretariat", Set.of(S, A));
        TABLE.put("/secretariat/dossiers/{id}", Set.of(S, A));
        TABLE.put("/secretariat/exports", Set.of(S));
        TABLE.put("/secretariat/exports/{level}/{list}/{format}", Set.of(S));
        TABLE.put("/secretariat/inscriptions", Set.of(S));
        // the import of the national platform's files
        for (String platformImport : List.of("/plateforme/{trackId}/import", "/plateforme/{trackId}/import/{uploadId}",
                "/plateforme/{trackId}/import/{uploadId}/apercu")) {
            TABLE.put(platformImport, Set.of(H, S));
        }
        // the admin
        for (String admin : List.of("/admin/courriels", "/admin/equipe", "/admin/equipe/nouveau", "/admin/equipe/{id}",
                "/admin/formations", "/admin/formations/{level}", "/admin/grille", "/admin/grille/criteres/nouveau",
                "/admin/grille/criteres/{id}", "/admin/motifs", "/admin/motifs/nouveau", "/admin/motifs/{id}", "/admin/pieces",
                "/admin/recours", "/admin/recours/{level}", "/admin/taches")) {
            TABLE.put(admin, Set.of(A));
        }
        // the JSON API
        TABLE.put("/api/me/applications", Set.of(C));
        TABLE.put("/api/me/applications/{id}/documents", Set.of(C));
        for (String list : List.of("accepted", "applications", "pending", "waitlist")) {
            TABLE.put("/api/tracks/{level}/exports/" + list, Set.of(S));
        }
        TABLE.put("/api/tracks/{level}/ranking", Set.of(H));
        // the continuation from M1 to M2
        TABLE.put("/reinscriptions", Set.of(S, H));
        // the national platform: the hub, the ranking sent back and the outcomes recorded
        TABLE.put("/plateforme", STAFF);
        TABLE.put("/plateforme/{trackId}/classement.{format}", Set.of(H));
        TABLE.put("/plateforme/{trackId}/resultats", Set.of(H));
        TABLE.put("/plateforme/{trackId}/recrutement-local", Set.of(H));
        // the ZIP of its PDF files, the invitation of its candidates
        TABLE.put("/plateforme/{trackId}/pdf", Set.of(H, S));
        TABLE.put("/plateforme/{trackId}/pdf/{importId}", Set.of(H, S));
        TABLE.put("/plateforme/invitation/{token}", Set.of(C));
        // the candidate's rights over their data: always their own
        TABLE.put("/mes-donnees", Set.of(C));
        TABLE.put("/mes-donnees/archive.zip", Set.of(C));
        // the audit trail: the DPO and the admin read it; the candidate sees who (by role) read their dossier
        TABLE.put("/dpo/journal", Set.of(Roles.DPO, Roles.ADMIN));
        TABLE.put("/dpo/journal.csv", Set.of(Roles.DPO, Roles.ADMIN));
        TABLE.put("/dpo/journal/integrite", Set.of(Roles.DPO, Roles.ADMIN));
        TABLE.put("/api/dpo/audit/verification", Set.of(Roles.DPO, Roles.ADMIN));
        TABLE.put("/candidatures/{id}/consultations", Set.of(C));
        // the retention rules (the admin edits them) and the purges (the DPO reads them, the admin may start one)
        TABLE.put("/admin/conservation", Set.of(Roles.ADMIN));
        TABLE.put("/admin/conservation/{id}", Set.of(Roles.ADMIN));
        TABLE.put("/dpo/purges", Set.of(Roles.DPO, Roles.ADMIN));
        // the data protection officer's pages, which the admin reads too (the DPO is not staff: no other page is theirs)
        TABLE.put("/dpo", Set.of(D, A));
        TABLE.put("/dpo/registre", Set.of(D, A));
        TABLE.put("/dpo/registre.pdf", Set.of(D, A));
    }

    @Test
    void everyGetRouteOfTheAppIsInTheTable() {
        Set<String> routes = getRoutes();
        List<String> missing = routes.stream().filter(route -> !TABLE.containsKey(route)).toList();
        assertTrue(missing.isEmpty(), "routes the table does not name (give each its roles): " + missing);
        List<String> gone = TABLE.keySet().stream().filter(route -> !routes.contains(route)).toList();
        assertTrue(gone.isEmpty(), "the table names routes the app no longer has: " + gone);
    }

    @Test
    @TestSecurity(user = "route-table-candidate", roles = "candidate")
    void aCandidateOpensOnlyTheirPages() {
        check(C);
    }

    @Test
    @TestSecurity(user = "route-table-reviewer", roles = "reviewer")
    void aReviewerOpensOnlyTheReviewersPages() {
        check(R);
    }

    @Test
    @TestSecurity(user = "route-table-head", roles = "head")
    void aHeadOpensOnlyTheHeadsPages() {
        check(H);
    }

    @Test
    @TestSecurity(user = "route-table-secretariat", roles = "secretariat")
    void theSecretariatOpensOnlyItsPages() {
        check(S);
    }

    @Test
    @TestSecurity(user = "route-table-admin", roles = "admin")
    void theAdminOpensOnlyTheAdminsPages() {
        check(A);
    }

    @Test
    @TestSecurity(user = "route-table-dpo", roles = "dpo")
    void theDataProtectionOfficerOpensOnlyTheirPages() {
        check(D);
    }

    private static void check(String role) {
        List<String> wrong = new ArrayList<>();
        for (String route : getRoutes()) {
            Set<String> allowed = TABLE.get(route);
            if (allowed == null) {
                continue; // the test above names it
            }
            // ids that exist nowhere: a refusal by role comes before any look at the data
            String path = route.replaceAll("\\{level}", "M1").replaceAll("\\{lang}", "fr").replaceAll("\\{list}", "accepted")
                    .replaceAll("\\{format}", "csv").replaceAll("\\{code}", "CV").replaceAll("\\{[a-zA-Z]+}", "987654321");
            int status = given().redirects().follow(false).get(path).statusCode();
            boolean refused = status == 403 || status == 401;
            if (allowed.contains(role) == refused || status >= 500) {
                wrong.add(route + " answered " + status + (allowed.contains(role) ? " to an allowed " : " to a refused ") + role);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    static Set<String> getRoutes() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> routes = new TreeSet<>();
        paths.forEach((template, operations) -> {
            if (operations.get("get") != null && !template.startsWith("/q/") && !template.startsWith("/test-only/")) {
                routes.add(template);
            }
        });
        assertTrue(routes.size() >= 60, "GET routes found: " + routes);
        return routes;
    }
}
