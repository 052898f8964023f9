package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.TestIds;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.campaign.Level;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin edits the document types and what each level and route asks; nobody else can. */
@QuarkusTest
class ChecklistAdminResourceTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private RequestSpecification post() {
        var response = given().get("/admin/pieces");
        Matcher token = CSRF_INPUT.matcher(response.asString());
        assertTrue(token.find(), response.asString());
        return given().redirects().follow(false).formParam("csrf-token", token.group(1));
    }

    private static DocumentType type(String code) {
        return QuarkusTransaction.requiringNew().call(() -> DocumentType.byCode(code));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminAddsATypeAndAsksItOfOneRouteOnly() {
        given().get("/admin/pieces").then().statusCode(200)
                .body(containsString("Pièces par niveau et par voie"), containsString("name=\"INITIALE-"),
                        containsString("Curriculum vitae"));
        String code = "PORTFOLIO" + TestIds.digits(5);
        post().formParam("code", code).formParam("labelFr", "Portfolio").formParam("labelEn", "Portfolio")
                .formParam("helpFr", "Vos réalisations").formParam("helpEn", "Your work").formParam("formats", "PDF")
                .formParam("formats", "PNG").formParam("maxSizeMb", "20").post("/admin/pieces/types").then().statusCode(303);
        DocumentType portfolio = type(code);
        assertEquals("PDF,PNG", portfolio.acceptedFormats);
        assertEquals(20, portfolio.maxSizeMb);

        // ask it (optional) of M2 work-study only; every other cell of M2 is sent as it is
        var form = post();
        for (ChecklistItem item : QuarkusTransaction.requiringNew().call(ChecklistItem::all)) {
            if (item.level == Level.M2) {
                form.formParam(item.route + "-" + item.type.id, item.requirement.name());
            }
        }
        form.formParam("ALTERNANCE-" + portfolio.id, "OPTIONAL").post("/admin/pieces/niveaux/M2").then().statusCode(303);
        List<ChecklistItem> m2 = QuarkusTransaction.requiringNew().call(() -> ChecklistItem.of(Level.M2, List.of("ALTERNANCE")));
        assertTrue(m2.stream().anyMatch(i -> i.type.code.equals(code) && i.requirement == Requirement.OPTIONAL), m2.toString());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ChecklistItem.of(Level.M2, List.of("INITIALE")))
                .stream().noneMatch(i -> i.type.code.equals(code)));
        assertTrue(m2.stream().anyMatch(i -> i.type.code.equals("CV") && i.requirement == Requirement.MANDATORY), "the rest is kept");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void badTypeFormIsShownAgainWithItsErrorsAndChangesNothing() {
        DocumentType cv = type("CV");
        post().formParam("version", cv.version).formParam("labelFr", "").formParam("labelEn", "CV")
                .formParam("helpFr", "x").formParam("helpEn", "x").formParam("maxSizeMb", "500")
                .post("/admin/pieces/types/" + cv.id).then().statusCode(400)
                .body(containsString("Cochez au moins un format"), containsString("Un nombre entier de 1 à 50"),
                        containsString("role=\"alert\""));
        assertEquals(cv.labelFr, type("CV").labelFr);
        assertEquals(cv.maxSizeMb, type("CV").maxSizeMb);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void forgedTypeValuesComeBackAsTypedAndChangeNothing() {
        DocumentType cv = type("CV");
        post().formParam("version", cv.version).formParam("labelFr", "Curriculum").formParam("labelEn", "CV")
                .formParam("helpFr", "x").formParam("helpEn", "x").formParam("formats", "EXE").formParam("maxSizeMb", "1e1")
                .post("/admin/pieces/types/" + cv.id).then().statusCode(400)
                .body(containsString("Cochez au moins un format"), containsString("value=\"1e1\""),
                        containsString("value=\"Curriculum\""));
        post().formParam("version", cv.version).formParam("labelFr", "Curriculum").formParam("labelEn", "CV")
                .formParam("helpFr", "x").formParam("helpEn", "x").formParam("formats", "PNG").formParam("maxSizeMb", "")
                .post("/admin/pieces/types/" + cv.id).then().statusCode(400)
                .body(containsString("id=\"format-PNG\" checked"), not(containsString("id=\"format-PDF\" checked")));
        post().formParam("version", "douze").formParam("labelFr", "Curriculum").formParam("labelEn", "CV")
                .formParam("helpFr", "x").formParam("helpEn", "x").formParam("formats", "PDF").formParam("maxSizeMb", "5")
                .post("/admin/pieces/types/" + cv.id).then().statusCode(409);
        post().formParam("code", "pas un code").formParam("labelFr", "x").formParam("labelEn", "x")
                .formParam("helpFr", "x").formParam("helpEn", "x").formParam("formats", "PDF").formParam("maxSizeMb", "5")
                .post("/admin/pieces/types").then().statusCode(400).body(containsString("href=\"#code\""));
        DocumentType after = type("CV");
        assertEquals(cv.labelFr, after.labelFr);
        assertEquals(cv.version, after.version);
        assertEquals(cv.acceptedFormats, after.acceptedFormats);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void forgedRequirementIsRefused() {
        DocumentType cv = type("CV");
        post().formParam("INITIALE-" + cv.id, "WHATEVER").post("/admin/pieces/niveaux/M1").then().statusCode(400);
        post().formParam("INITIALE-" + cv.id, "OPTIONAL").post("/admin/pieces/niveaux/M9").then().statusCode(404)
                .contentType(containsString("text/html"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ChecklistItem.of(Level.M1, List.of("INITIALE")))
                .stream().anyMatch(i -> i.type.code.equals("CV") && i.requirement == Requirement.MANDATORY));
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void onlyTheAdminEditsTheChecklist() {
        given().get("/admin/pieces").then().statusCode(403);
    }
}
