package fr.univlorraine.ieps.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.CandidateFlash;
import fr.univlorraine.ieps.application.PreferencesFlash;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.campaign.TrackFlash;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.decision.DecisionFlash;
import fr.univlorraine.ieps.decision.MotiveFlash;
import fr.univlorraine.ieps.documents.DocumentFlash;
import fr.univlorraine.ieps.enrolment.SheetFlash;
import fr.univlorraine.ieps.export.ExportFlash;
import fr.univlorraine.ieps.messaging.MessagingFlash;
import fr.univlorraine.ieps.operations.MailFlash;
import fr.univlorraine.ieps.ranking.RankingFlash;
import fr.univlorraine.ieps.review.AdminFlash;
import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.review.ReviewFlash;
import fr.univlorraine.ieps.review.TeamMember;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * No page shows a missing text: every GET page of the deployed app (read from its OpenAPI document, so a new page is
 * covered the day it is added), for every role, in French and in English, and with every confirmation (the
 * {@code ?ok=} of the *Flash enums) a page shows after a redirect. A page fails on Qute's NOT_FOUND, on "???", on a
 * "{" left unrendered, or on a message key printed raw (a word like {@code flash_saved} standing alone as a text).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoMissingTextTest {

    static final String PREFIX = "missing-texts";
    static final String CANDIDATE = PREFIX + "-0";
    static final String REVIEWER = "missing-texts-reviewer";

    /** Every confirmation a page can show: a new *Flash enum is added here (the check below fails until it is). */
    static final List<Enum<?>> FLASHES = Stream.of(CandidateFlash.values(), DocumentFlash.values(), TrackFlash.values(),
            DecisionFlash.values(), MotiveFlash.values(), ReviewFlash.values(), AdminFlash.values(), RankingFlash.values(),
            MailFlash.values(), fr.univlorraine.ieps.workspace.NoteFlash.values(), SheetFlash.values(), ExportFlash.values(),
            PreferencesFlash.values(), MessagingFlash.values(),
            fr.univlorraine.ieps.decision.AppealFlash.values(),
            fr.univlorraine.ieps.enrolment.ContinuationFlash.values(), fr.univlorraine.ieps.platform.OutcomeFlash.values(),
            fr.univlorraine.ieps.application.LocalRecruitmentFlash.values(),
            fr.univlorraine.ieps.platform.InvitationFlash.values(),
            fr.univlorraine.ieps.privacy.RetentionFlash.values())
            .flatMap(Stream::of).<Enum<?>>map(e -> e).toList();
    /** What a page is sent after a redirect: one name may belong to several enums. */
    static final List<String> FLASH_NAMES = FLASHES.stream().map(Enum::name).distinct().toList();

    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>");
    private static final Pattern TEXT = Pattern.compile(">([^<]+)<");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s(?:aria-label|title|placeholder|alt|content|aria-description)=\"([^\"]*)\"");
    private static final Pattern RAW_KEY = Pattern.compile("[a-z]+_[a-z_$]+");
    /** What differs between two renderings of one page besides a confirmation: the token, the way back from the language switch. */
    private static final Pattern TOKEN = Pattern.compile("(csrf-token\" (?:value|content)=\"|retour=)[^\"]+\"");

    private Campaign campaign;
    private Long dossier;
    private Long level;

    @BeforeAll
    void data() {
        DecisionFixtures.clock();
        campaign = DecisionFixtures.campaign(1, 1);
        Track track = DecisionFixtures.track(campaign, Level.M1);
        List<Long> dossiers = DecisionFixtures.underReview(track, PREFIX, 2);
        dossier = dossiers.get(0);
        level = track.id;
        // the track on the national platform, its second dossier imported from it: the platform's pages show them
        QuarkusTransaction.requiringNew().run(() -> {
            var platform = new fr.univlorraine.ieps.application.PlatformTrack();
            platform.trackId = track.id;
            platform.routes.add(fr.univlorraine.ieps.application.EntryRoute.INITIALE);
            platform.persist();
            fr.univlorraine.ieps.application.Application imported = fr.univlorraine.ieps.application.Application
                    .findById(dossiers.get(1));
            imported.origin = fr.univlorraine.ieps.application.ApplicationOrigin.PLATFORM;
            imported.candidateSubject = null;
            imported.platformNumber = "MT-" + campaign.startYear;
        });
        if (QuarkusTransaction.requiringNew().call(() -> TeamMember.bySubject(REVIEWER).isEmpty())) {
            ReviewFixtures.member(REVIEWER, ResearchTheme.POVERTY);
        }
    }

    @AfterAll
    void retire() {
        DecisionFixtures.retire(campaign);
    }

    @Test
    void everyFlashEnumOfTheCodeIsListed() throws Exception {
        Set<String> listed = new LinkedHashSet<>();
        FLASHES.forEach(f -> listed.add(f.getDeclaringClass().getName()));
        List<String> missing = new ArrayList<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(classes)) {
            files.map(f -> classes.relativize(f).toString()).filter(f -> f.endsWith("Flash.class"))
                    .map(f -> f.replace('/', '.').replaceAll("\\.class$", "")).filter(n -> !listed.contains(n))
                    .forEach(missing::add);
        }
        assertTrue(missing.isEmpty(), "*Flash enums this test does not render: " + missing);
    }

    @Test
    @TestSecurity(user = CANDIDATE, roles = "candidate")
    void aCandidateSeesNoMissingText() {
        renderAll("candidate");
    }

    @Test
    @TestSecurity(user = REVIEWER, roles = "reviewer")
    void aReviewerSeesNoMissingText() {
        renderAll("reviewer");
    }

    @Test
    @TestSecurity(user = "missing-texts-head", roles = "head")
    void theHeadSeesNoMissingText() {
        renderAll("head");
    }

    @Test
    @TestSecurity(user = "missing-texts-secretariat", roles = "secretariat")
    void theSecretariatSeesNoMissingText() {
        renderAll("secretariat");
    }

    @Test
    @TestSecurity(user = "missing-texts-admin", roles = "admin")
    void theAdminSeesNoMissingText() {
        renderAll("admin");
    }

    @Test
    void aVisitorSeesNoMissingText() {
        renderAll("visitor");
    }

    /** Renders every page for the current identity, in both languages, with every confirmation it shows. */
    private void renderAll(String role) {
        Map<String, List<String>> wrong = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger flashes = new AtomicInteger();
        // the pages are independent: four at a time keeps the test short (threads of the test's class loader)
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ExecutorService pool = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task);
            thread.setContextClassLoader(loader);
            return thread;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            pageRoutes().forEach((template, readsOk) ->
                    done.add(pool.submit(() -> renderPage(role, template, readsOk, wrong, pages, flashes))));
            for (Future<?> page : done) {
                page.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        StringBuilder report = new StringBuilder();
        wrong.forEach((page, lines) -> report.append("\n").append(page).append(":\n  - ").append(String.join("\n  - ", lines)));
        assertTrue(pages.get() > 0, "no page rendered for " + role);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + pages + " pages (and " + flashes
                + " confirmations) show a missing text:" + report);
    }

    /** One page in both languages, with the confirmations it shows (found in French, then rendered in English too). */
    private void renderPage(String role, String template, boolean readsOk, Map<String, List<String>> wrong,
            AtomicInteger pages, AtomicInteger flashes) {
        String path = path(template);
        List<String> shownHere = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            Response page = get(path, lang);
            if (!isPage(page)) {
                continue;
            }
            pages.incrementAndGet();
            String body = page.asString();
            check(wrong, template + " (" + role + ", " + lang + ")", body);
            if (!readsOk || page.statusCode() != 200) {
                continue;
            }
            String plain = TOKEN.matcher(body).replaceAll("$1\"");
            for (String flash : lang.equals("fr") ? FLASH_NAMES : shownHere) {
                Response shown = get(path + "?ok=" + flash, lang);
                String withFlash = shown.asString();
                // a confirmation the page does not show leaves it as it was
                if (isPage(shown) && !TOKEN.matcher(withFlash).replaceAll("$1\"").equals(plain)) {
                    flashes.incrementAndGet();
                    if (lang.equals("fr")) {
                        shownHere.add(flash);
                    }
                    check(wrong, template + "?ok=" + flash + " (" + role + ", " + lang + ")", withFlash);
                }
            }
        }
    }

    /** The lines of the page that show a missing text. */
    static List<String> problems(String html) {
        List<String> found = new ArrayList<>();
        String visible = SCRIPT_OR_STYLE.matcher(html).replaceAll("");
        for (String line : visible.split("\n")) {
            if (line.contains("NOT_FOUND") || line.contains("???")) {
                found.add(line.strip());
            }
        }
        List<String> texts = new ArrayList<>();
        Matcher text = TEXT.matcher(visible);
        while (text.find()) {
            texts.add(text.group(1));
        }
        Matcher attribute = ATTRIBUTE.matcher(visible);
        while (attribute.find()) {
            texts.add(attribute.group(1));
        }
        for (String t : texts) {
            String s = t.strip();
            if (s.contains("{") || RAW_KEY.matcher(s).matches()) {
                found.add(s);
            }
        }
        return found;
    }

    private static void check(Map<String, List<String>> wrong, String what, String body) {
        List<String> found = problems(body);
        if (!found.isEmpty()) {
            wrong.put(what, found);
        }
    }

    private static boolean isPage(Response response) {
        String type = response.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    private static Response get(String path, String lang) {
        return given().cookie("ieps-lang", lang).redirects().follow(false).get(path);
    }

    /** The route with its path parameters filled with the ids of this test's data. */
    private String path(String template) {
        return template.replace("{level}", "M1").replace("{code}", "CV").replace("{lang}", "fr")
                .replace("{trackId}", level.toString()).replace("{id}", dossier.toString()).replaceAll("\\{[^}]+}", "1");
    }

    /** The GET pages of the deployed app, and whether each reads a confirmation ({@code ?ok=}). */
    static Map<String, Boolean> pageRoutes() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Map<String, Boolean> routes = new LinkedHashMap<>();
        paths.forEach((template, operations) -> {
            if (operations.get("get") instanceof Map<?, ?> get && !template.startsWith("/api/") && !template.startsWith("/q/")
                    && !template.startsWith("/test-only/")) {
                boolean ok = get.get("parameters") instanceof List<?> parameters && parameters.stream()
                        .anyMatch(p -> p instanceof Map<?, ?> m && "ok".equals(m.get("name")) && "query".equals(m.get("in")));
                routes.put(template, ok);
            }
        });
        assertTrue(routes.size() >= 30, "GET routes found: " + routes.keySet());
        assertTrue(routes.values().stream().filter(b -> b).count() >= 10, "routes with ?ok= found: " + routes);
        return routes;
    }
}
