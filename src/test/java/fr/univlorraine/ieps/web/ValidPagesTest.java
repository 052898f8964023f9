package fr.univlorraine.ieps.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.decision.DecisionPublication;
import fr.univlorraine.ieps.decision.DecisionService;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every page a visitor or a candidate can open is valid HTML for the Nu Html Checker and says it is UTF-8 in its
 * Content-Type. The pages are found from the deployed app's routes (its OpenAPI document, as ForgedRequestTest does),
 * so a new page is checked the day it is added; the states a GET alone does not reach are added by hand: forms sent
 * back with errors, a closed campaign, a published decision, the error pages.
 */
@QuarkusTest
class ValidPagesTest {

    /** The candidate of these tests: also the owner of the first dossier DecisionFixtures makes with this prefix. */
    static final String PREFIX = "valid-pages";
    static final String CANDIDATE = PREFIX + "-0";
    static final ActorRef HEAD = new ActorRef("head-valid-pages", "Responsable", Actor.HEAD);

    private static final Pattern TOKEN = Pattern.compile("(name=\"csrf-token\" (value|content)=\")[^\"]+\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static HtmlChecker checker;

    @Inject
    ApplicationService applications;

    @Inject
    DecisionService decisions;

    @Inject
    DecisionPublication publication;

    /** The pages checked by one test, and what is wrong with them. */
    final class Pages {
        final Map<String, List<String>> wrong = new java.util.LinkedHashMap<>();
        final Set<String> checked = new TreeSet<>();
        private final Set<String> seen = new HashSet<>();

        /** Checks the answer if it is a page (other answers, a PDF or a redirect, are someone else's business). */
        Response check(String what, Response response) {
            String type = response.contentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                return response;
            }
            checked.add(what + " → " + response.statusCode());
            if (!type.toLowerCase(Locale.ROOT).replace(" ", "").contains("charset=utf-8")) {
                wrong.computeIfAbsent(what, k -> new ArrayList<>()).add("Content-Type without charset=UTF-8: " + type);
            }
            String body = response.asString();
            // the same page reached by several routes (the "forbidden" page of every staff route) is read once
            if (seen.add(TOKEN.matcher(body).replaceAll("$1\""))) {
                List<String> errors = checker().errors(body);
                if (!errors.isEmpty()) {
                    wrong.computeIfAbsent(what, k -> new ArrayList<>()).addAll(errors);
                }
            }
            return response;
        }

        void assertAllValid(String... mustHaveChecked) {
            for (String page : mustHaveChecked) {
                assertTrue(checked.stream().anyMatch(c -> c.startsWith(page)), "not checked: " + page + "; checked: " + checked);
            }
            StringBuilder report = new StringBuilder();
            wrong.forEach((page, errors) -> report.append("\n").append(page).append(":\n  - ").append(String.join("\n  - ", errors)));
            assertTrue(wrong.isEmpty(), wrong.size() + " of " + checked.size() + " pages are not valid:" + report);
        }
    }

    @Test
    void everyPageAVisitorOpensIsValid() {
        openCampaign();
        Pages pages = new Pages();
        for (String lang : List.of("fr", "en")) {
            for (String template : pageRoutes()) {
                if (!template.contains("{")) {
                    pages.check(lang + " " + template, given().cookie("ieps-lang", lang).redirects().follow(false).get(template));
                }
            }
            pages.check(lang + " missing page", given().cookie("ieps-lang", lang).get("/nulle-part"));
        }
        pages.assertAllValid("fr /", "en /", "fr /calendrier", "fr /candidater", "fr /contact", "fr /confidentialite",
                "fr /criteres", "fr missing page");
    }

    @Test
    @TestSecurity(user = CANDIDATE, roles = "candidate")
    void everyPageACandidateOpensIsValidAlsoWithErrorsAndAfterClosing() throws Exception {
        MutableClock clock = openCampaign();
        Track m1 = QuarkusTransaction.requiringNew().call(() -> Track.<Track>find("level", Level.M1).firstResult());
        Long draft = draftOn(m1);
        String dossier = "/candidatures/" + draft + "/dossier";
        Pages pages = new Pages();

        for (String template : pageRoutes()) {
            String path = template.replace("{level}", "M1").replace("{code}", "CV").replace("{lang}", "fr")
                    .replace("{id}", draft.toString()).replaceAll("\\{[^}]+}", "1");
            pages.check(template, given().get(path));
        }
        pages.check("new application with errors", FormPost.from("/candidatures").post("/candidatures"));
        Response withErrors = pages.check("dossier form with errors", FormPost.from(dossier).formParam("version", version(dossier))
                .formParam("action", "submit").post(dossier));
        Screenshots.take("dossier-errors", withErrors.asString(), 1400);
        String pieces = "/candidatures/" + draft + "/pieces";
        pages.check("pieces after an upload", upload(pieces, "CV Camille.pdf", fr.univlorraine.ieps.documents.Fixtures.pdf(2)));
        pages.check("pieces with a refused file", upload(pieces, "CV.pdf", "pas un PDF".getBytes()));
        pages.check("someone else's dossier", given().get("/candidatures/999999999/dossier"));
        pages.check("forged form", given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("action", "save").post(dossier));

        clock.set(m1.closesAt.plus(Duration.ofMinutes(5)));
        pages.check("closed dossier form", given().get(dossier));
        pages.check("closed pieces", given().get("/candidatures/" + draft + "/pieces"));
        pages.check("late save", FormPost.from(dossier).formParam("version", version(dossier)).formParam("action", "save")
                .post(dossier));
        pages.check("receipt of a draft", given().get("/candidatures/" + draft + "/recepisse.pdf"));

        pages.assertAllValid("/candidatures →", "/candidatures/{id} →", "/candidatures/{id}/dossier →",
                "/candidatures/{id}/pieces →", "pieces after an upload → 200", "pieces with a refused file → 4", "new application with errors → 400", "dossier form with errors → 400",
                "someone else's dossier → 404", "forged form → 403", "closed dossier form → 200", "late save → 409",
                "receipt of a draft → 409");
    }

    @Test
    @TestSecurity(user = "valid-dpo", roles = "dpo")
    void everyPageTheDataProtectionOfficerOpensIsValid() {
        openCampaign();
        Pages pages = new Pages();
        for (String lang : List.of("fr", "en")) {
            for (String page : List.of("/dpo", "/dpo/registre", "/confidentialite")) {
                pages.check(lang + " " + page, given().cookie("ieps-lang", lang).redirects().follow(false).get(page));
            }
        }
        pages.assertAllValid("fr /dpo →", "en /dpo →", "fr /dpo/registre →", "en /dpo/registre →", "fr /confidentialite →");
    }

    @Test
    @TestSecurity(user = CANDIDATE, roles = "candidate")
    void theStatusPageIsValidBeforeAndAfterTheDecision() {
        DecisionFixtures.clock();
        Campaign campaign = DecisionFixtures.campaign(1, 1);
        try {
            Track track = DecisionFixtures.track(campaign, Level.M1);
            Long mine = DecisionFixtures.underReview(track, PREFIX, 3).get(0);
            String status = "/candidatures/" + mine;
            // sent at an instant stored to the microsecond, as the database keeps the clock's
            QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(mine).submittedAt =
                    DecisionFixtures.START.minus(Duration.ofDays(90)).plusNanos(123_456_000));
            Pages pages = new Pages();
            pages.check("under review", given().get(status));
            Long motive = DecisionFixtures.firstMotive().id;
            List<DecisionService.Choice> choices = QuarkusTransaction.requiringNew().call(() -> decisions.prepare(track, false))
                    .rows().stream().map(r -> new DecisionService.Choice(r.board().applicationId(), r.chosen(),
                            r.chosen() == DecisionKind.REJECT ? motive : null, null, r.version()))
                    .toList();
            assertTrue(decisions.save(track, choices, HEAD).isEmpty());
            publication.publish(track.id, HEAD);
            pages.check("offered a place", given().get(status));
            pages.check("offered a place, in English", given().cookie("ieps-lang", "en").get(status));
            pages.check("my applications with a decision", given().get("/candidatures"));
            pages.assertAllValid("under review → 200", "offered a place → 200", "offered a place, in English → 200");
        } finally {
            DecisionFixtures.retire(campaign);
        }
    }

    /** The GET routes of the deployed app that answer with a page (not the API's, nor the framework's). */
    static List<String> pageRoutes() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<String> routes = new ArrayList<>();
        paths.forEach((template, operations) -> {
            // the test-only routes are probes of the tests, not pages of the app
            if (operations.containsKey("get") && !template.startsWith("/api/") && !template.startsWith("/q/")
                    && !template.startsWith("/test-only/")) {
                routes.add(template);
            }
        });
        assertTrue(routes.size() >= 30, "GET routes found: " + routes);
        return routes;
    }

    /** The demo campaign, and the clock a day after its opening. */
    private static MutableClock openCampaign() {
        Track m1 = QuarkusTransaction.requiringNew().call(() -> {
            if (Campaign.count() == 0) {
                Arc.container().instance(DemoData.class).get().createDemoCampaign();
            }
            return Track.<Track>find("level", Level.M1).firstResult();
        });
        MutableClock clock = new MutableClock(m1.opensAt.plus(Duration.ofDays(1)));
        QuarkusMock.installMockForType(clock, AppClock.class);
        return clock;
    }

    /** The candidate's draft on the track: made once, then found again. */
    private Long draftOn(Track track) {
        return QuarkusTransaction.requiringNew().call(() -> Application.ofCandidate(CANDIDATE).stream()
                .filter(a -> track.id.equals(a.liveTrackId)).map(a -> a.id).findFirst()
                .orElseGet(() -> applications.create(new ActorRef(CANDIDATE, "Camille Valide", Actor.CANDIDATE),
                        "camille.valide@example.fr", track.id, EntryRoute.INITIALE, false, "fr").id));
    }

    /** Sends a file for the CV as the pieces page does, and follows to the page that answers. */
    private static Response upload(String pieces, String name, byte[] content) {
        String token = FormPost.token(pieces);
        return given()
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(token).controlName("csrf-token").emptyFileName().build())
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder("").controlName("replaces").emptyFileName().build())
                .multiPart("file", name, content, "application/pdf")
                .post(pieces + "/CV");
    }

    private static String version(String page) {
        Matcher m = VERSION.matcher(given().get(page).asString());
        assertTrue(m.find(), "no version on " + page);
        return m.group(1);
    }

    private static HtmlChecker checker() {
        if (checker == null) {
            checker = new HtmlChecker();
        }
        return checker;
    }
}
