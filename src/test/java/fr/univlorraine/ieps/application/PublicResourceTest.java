package fr.univlorraine.ieps.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.documents.ChecklistItem;
import fr.univlorraine.ieps.documents.DocumentType;
import fr.univlorraine.ieps.documents.Requirement;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.SiteConfig;
import io.quarkus.test.junit.QuarkusMock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public pages, the language choice, the error pages and the response headers, as a browser
 * sees them.
 */
@QuarkusTest
class PublicResourceTest {

    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);

    @Inject
    DemoData demoData;

    @Inject
    CampaignService campaigns;

    @Inject
    SiteConfig site;

    // --- language ------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"/, home_h1", "/calendrier, calendar_title", "/candidater, apply_title", "/contact, contact_title",
            "/confidentialite, privacy_title"})
    void publicPageIsInFrenchByDefault(String path, String headingKey) {
        Response page = given().when().get(path);

        assertPage(page, 200, "fr", text("pub", "fr", headingKey));
    }

    @ParameterizedTest
    @CsvSource({"/, home_h1", "/calendrier, calendar_title", "/candidater, apply_title", "/contact, contact_title",
            "/confidentialite, privacy_title"})
    void publicPageFollowsAnEnglishBrowser(String path, String headingKey) {
        Response page = given().header("Accept-Language", "en-GB,en;q=0.9").when().get(path);

        assertPage(page, 200, "en", text("pub", "en", headingKey));
    }

    @Test
    void rememberedLanguageWinsOverTheBrowserLanguage() {
        Response english = given().cookie(Ui.LANG_COOKIE, "en").header("Accept-Language", "fr-FR,fr;q=0.9")
                .when().get("/calendrier");
        Response french = given().cookie(Ui.LANG_COOKIE, "fr").header("Accept-Language", "en-GB,en;q=0.9")
                .when().get("/calendrier");

        assertPage(english, 200, "en", text("pub", "en", "calendar_title"));
        assertPage(french, 200, "fr", text("pub", "fr", "calendar_title"));
    }

    @Test
    void unknownLanguageInTheCookieFallsBackToTheBrowser() {
        Response page = given().cookie(Ui.LANG_COOKIE, "de").header("Accept-Language", "en").when().get("/");

        assertPage(page, 200, "en", text("pub", "en", "home_h1"));
    }

    @Test
    void languageSwitchRemembersTheChoiceAndGoesBack() {
        Response response = given().redirects().follow(false).queryParam("retour", "/calendrier")
                .when().get("/langue/en");

        assertEquals(303, response.statusCode());
        assertEquals("/calendrier", URI.create(response.header("Location")).getPath());
        Cookie cookie = response.detailedCookie(Ui.LANG_COOKIE);
        assertNotNull(cookie, "Set-Cookie " + Ui.LANG_COOKIE + " missing: " + response.headers());
        assertEquals("en", cookie.getValue());
        assertTrue(cookie.isHttpOnly(), "the language cookie is HttpOnly");
        assertEquals("/", cookie.getPath());
    }

    @Test
    void languageSwitchKeepsTheQueryOfThePage() {
        Response response = given().redirects().follow(false).queryParam("retour", "/candidatures?ok=saved")
                .when().get("/langue/fr");

        assertEquals(303, response.statusCode());
        URI location = URI.create(response.header("Location"));
        assertEquals("/candidatures", location.getPath());
        assertEquals("ok=saved", location.getQuery());
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example", "/\\evil.example", "evil.example",
            "/\t/evil.example"})
    void languageSwitchNeverLeavesTheSite(String back) {
        Response response = given().redirects().follow(false).queryParam("retour", back).when().get("/langue/en");

        assertEquals(303, response.statusCode());
        URI location = URI.create(response.header("Location"));
        assertEquals("/", location.getPath(), "redirected to " + location);
        assertFalse(String.valueOf(location.getHost()).contains("evil"), "redirected to " + location);
    }

    @Test
    void languageSwitchSurvivesAMalformedReturnPath() {
        Response response = given().redirects().follow(false).queryParam("retour", "/calendrier?a=b c")
                .when().get("/langue/en");

        assertEquals(303, response.statusCode(), response.asString());
        assertEquals("/", URI.create(response.header("Location")).getPath());
    }

    @Test
    void unknownLanguageIsNotFound() {
        Response response = given().redirects().follow(false).when().get("/langue/de");

        assertEquals(404, response.statusCode());
        assertNull(response.detailedCookie(Ui.LANG_COOKIE), "no cookie for an unknown language");
    }

    // --- calendar ------------------------------------------------------------------------------

    @Test
    void calendarShowsBothTracksOfTheCurrentCampaign() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Campaign.count() == 0) {
                demoData.createDemoCampaign();
            }
        });
        List<String> columns = QuarkusTransaction.requiringNew().call(() -> campaigns.currentTracks().stream()
                .map(t -> t.level.text("fr") + " (" + t.campaign.code + ")").toList());

        String page = given().when().get("/calendrier").then().statusCode(200).extract().asString();

        assertEquals(2, columns.size(), "the current campaign has an M1 and an M2 track: " + columns);
        for (String column : columns) {
            assertTrue(page.contains(">" + html(column) + "</th>"), "no column " + column + " in\n" + page);
        }
        assertTrue(page.contains(html(text("pub", "fr", "calendar_opens"))), page);
        assertFalse(page.contains(html(text("pub", "fr", "calendar_none"))), page);
    }

    // --- before starting: the pieces and the next closing ------------------------------------------

    @Test
    void howToApplyListsTheLiveChecklistPerLevelAndRouteWithItsSizes() {
        String code = "GUIDE" + TestIds.digits(6);
        Long typeId = QuarkusTransaction.requiringNew().call(() -> {
            DocumentType type = new DocumentType();
            type.code = code;
            type.labelFr = "Attestation " + code;
            type.labelEn = "Certificate " + code;
            type.helpFr = "Signée par la structure.";
            type.helpEn = "Signed by the organisation.";
            type.acceptedFormats = "PDF,PNG";
            type.maxSizeMb = 17;
            type.position = 999;
            type.persist();
            ChecklistItem item = new ChecklistItem();
            item.level = Level.M2;
            item.route = "CONTINUE";
            item.type = type;
            item.requirement = Requirement.OPTIONAL;
            item.persist();
            return type.id;
        });
        try {
            String page = given().get("/candidater").then().statusCode(200).extract().asString();
            fr.univlorraine.ieps.web.Screenshots.take("public-apply", page, 2400);
            assertThat(page, containsString("id=\"piece-M2-CONTINUE-" + code + "\""));
            assertThat(page, containsString("Attestation " + code));
            assertThat(page, containsString("Formats acceptés : PDF, PNG ; 17\u00a0Mo au plus."));
            assertThat(page, containsString("id=\"piece-M2-INITIALE-CV\""));
            assertThat(page, not(containsString("id=\"piece-M1-CONTINUE-" + code + "\"")));
            assertThat(page, not(containsString("id=\"piece-M2-INITIALE-" + code + "\"")));
            long maxMb = site.maxRequestSize().asLongValue() / (1024 * 1024);
            assertThat(page, containsString(html(text("pub", "fr", "apply_pdf_limit").replace("{max}", String.valueOf(maxMb)))));
            assertThat(page, containsString(html(text("pub", "fr", "apply_pdf_photos"))));
            assertThat(given().cookie(Ui.LANG_COOKIE, "en").get("/candidater").then().statusCode(200).extract().asString(),
                    containsString("Certificate " + code));

            // the admin asks it of M1 initial education instead: the page follows at once
            QuarkusTransaction.requiringNew().run(() -> ChecklistItem.update("level = ?1, route = ?2, requirement = ?3 "
                    + "where type.id = ?4", Level.M1, "INITIALE", Requirement.MANDATORY, typeId));
            String changed = given().get("/candidater").then().statusCode(200).extract().asString();
            assertThat(changed, containsString("id=\"piece-M1-INITIALE-" + code + "\""));
            assertThat(changed, not(containsString("id=\"piece-M2-CONTINUE-" + code + "\"")));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                ChecklistItem.delete("type.id", typeId);
                DocumentType.deleteById(typeId);
            });
        }
    }

    @Test
    void homeShowsTheNextClosingOfAnOpenTrackInTheLanguageOfThePage() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant m2Closes = ZonedDateTime.of(2031, 4, 1, 0, 0, 0, 0, paris).toInstant();
        Instant m1Closes = ZonedDateTime.of(2031, 5, 1, 0, 0, 0, 0, paris).toInstant();
        Long campaignId = latestCampaign(m1Closes, m2Closes);
        try {
            MutableClock clock = new MutableClock(m2Closes.minus(Duration.ofDays(20)));
            QuarkusMock.installMockForType(clock, AppClock.class);

            String french = given().get("/").then().statusCode(200).extract().asString();
            fr.univlorraine.ieps.web.Screenshots.take("public-home", french, 1000);
            assertThat(french, containsString(html(nextClosing("fr", "Master 2", "31 mars 2031 à 23:59"))));
            assertThat(given().cookie(Ui.LANG_COOKIE, "en").get("/").then().statusCode(200).extract().asString(),
                    containsString(html(nextClosing("en", "Master 2", "31 March 2031, 23:59"))));

            // once M2 has closed, M1 is the next one
            clock.set(m2Closes);
            assertThat(given().get("/").then().statusCode(200).extract().asString(),
                    containsString(html(nextClosing("fr", "Master 1", "30 avril 2031 à 23:59"))));

            // once both have closed, none is open
            clock.set(m1Closes);
            String closed = given().get("/").then().statusCode(200).extract().asString();
            assertThat(closed, containsString(html(text("pub", "fr", "home_campaign_closed"))));
            assertThat(closed, not(containsString("id=\"next-closing\"")));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Campaign c = Campaign.findById(campaignId);
                c.startYear = 1100 + Integer.parseInt(TestIds.digits(2));
            });
        }
    }

    private static String nextClosing(String lang, String level, String date) {
        return text("pub", lang, "home_next_closing").replace("{level}", level).replace("{date}", date);
    }

    /** A campaign newer than any other test's, whose tracks opened 60 days before the earlier closing. */
    private Long latestCampaign(Instant m1Closes, Instant m2Closes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Campaign.count() == 0) {
                demoData.createDemoCampaign();
            }
            Campaign c = new Campaign();
            c.startYear = 9000 + Integer.parseInt(TestIds.digits(3));
            c.code = "H" + TestIds.digits(8);
            c.createdAt = m2Closes.minus(Duration.ofDays(90));
            c.persist();
            for (Level level : Level.values()) {
                Track t = new Track();
                t.campaign = c;
                t.level = level;
                t.capacity = 19;
                t.opensAt = m2Closes.minus(Duration.ofDays(60));
                t.closesAt = level == Level.M1 ? m1Closes : m2Closes;
                t.reviewDeadline = m1Closes.plus(Duration.ofDays(30));
                t.decisionsPublishedAt = m1Closes.plus(Duration.ofDays(40));
                t.offerResponseDays = 8;
                t.reminderDaysBefore = 2;
                t.persist();
            }
            return c.id;
        });
    }

    // --- errors and access ---------------------------------------------------------------------

    @Test
    void unknownPageIsAFrenchNotFoundPage() {
        Response page = given().when().get("/cette-page-n-existe-pas");

        assertPage(page, 404, "fr", text("form", "fr", "page_error_$NOT_FOUND_TITLE"));
        assertThat(page.contentType(), startsWith("text/html"));
    }

    @Test
    void notFoundPageFollowsTheChosenLanguage() {
        Response page = given().cookie(Ui.LANG_COOKIE, "en").when().get("/cette-page-n-existe-pas");

        assertPage(page, 404, "en", text("form", "en", "page_error_$NOT_FOUND_TITLE"));
    }

    @Test
    void anonymousCallerGetsNoApplicationsFromTheApi() {
        Response response = given().redirects().follow(false).accept("application/json")
                .when().get("/api/me/applications");

        // application-type=hybrid: without a bearer token the code flow answers with a redirect to the login server
        assertEquals(302, response.statusCode(), response.asString());
        assertThat(response.header("Location"), containsString("/authorize?"));
    }

    @Test
    void invalidBearerTokenIsUnauthorized() {
        given().redirects().follow(false).auth().oauth2("not-a-token")
                .when().get("/api/me/applications")
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "cand", roles = "candidate")
    void candidateOpensMyApplications() {
        Response page = given().when().get("/candidatures");

        assertPage(page, 200, "fr", text("msg", "fr", "list_title"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "reviewer")
    void reviewerIsRefusedOnCandidatePages() {
        Response page = given().when().get("/candidatures");

        assertPage(page, 403, "fr", text("form", "fr", "page_error_$FORBIDDEN_TITLE"));
        assertThat(page.asString(), containsString(html(text("form", "fr", "page_error_$FORBIDDEN_TEXT"))));
    }

    @Test
    @TestSecurity(user = "staff", roles = "reviewer")
    void refusalPageFollowsTheChosenLanguage() {
        Response page = given().cookie(Ui.LANG_COOKIE, "en").when().get("/candidatures");

        assertPage(page, 403, "en", text("form", "en", "page_error_$FORBIDDEN_TITLE"));
    }

    // --- platform ------------------------------------------------------------------------------

    @Test
    void pagesCarryTheSecurityHeaders() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void healthIsUpWithTheDatabaseCheck() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void openApiDocumentsTheCandidateApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/me/applications"))
                .body("paths.'/api/me/applications'.get.summary", not(equalTo(null)));
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Status, {@code <html lang>} and the text of the first {@code <h1>}. */
    private static void assertPage(Response page, int status, String lang, String heading) {
        String body = page.asString();
        assertEquals(status, page.statusCode(), body);
        assertThat(body, containsString("<html lang=\"" + lang + "\">"));
        Matcher h1 = H1.matcher(body);
        assertTrue(h1.find(), "no <h1> in\n" + body);
        assertEquals(html(heading), h1.group(1).strip());
    }

    /** A text of messages/{bundle}_{lang}.properties, as the application reads it. */
    static String text(String bundle, String lang, String key) {
        String file = "messages/" + bundle + "_" + lang + ".properties";
        try (InputStream in = PublicResourceTest.class.getClassLoader().getResourceAsStream(file)) {
            assertNotNull(in, file + " not on the class path");
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            String value = properties.getProperty(key);
            assertNotNull(value, file + " has no " + key);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as Qute escapes it in an HTML page. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
