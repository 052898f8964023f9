package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.TestIds;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.review.Review;
import fr.univlorraine.ieps.review.ReviewStatus;
import fr.univlorraine.ieps.review.TeamMember;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The heads' dashboard shows true numbers: the test adds dossiers and reviews to the shared database and
 * checks that every figure in the tables beside the charts moved by exactly what it added.
 */
@QuarkusTest
class HeadDashboardResourceTest {

    private static final Pattern ROW = Pattern.compile("<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"num\">(\\d*)</td>");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    @Inject
    ApplicationService applications;

    @Inject
    DashboardFigures figures;

    @Inject
    CampaignService campaigns;

    @Inject
    SessionFactory sessionFactory;

    private Track m1;

    @BeforeEach
    void openCampaign() {
        m1 = QuarkusTransaction.requiringNew().call(() -> {
            if (Campaign.count() == 0) {
                io.quarkus.arc.Arc.container().instance(DemoData.class).get().createDemoCampaign();
            }
            return campaigns.currentTracks().stream().filter(t -> t.level == Level.M1).findFirst().orElseThrow();
        });
        QuarkusMock.installMockForType(new MutableClock(m1.opensAt.plus(Duration.ofDays(1))), AppClock.class);
    }

    @Test
    @TestSecurity(user = "responsable", roles = "head")
    void everyFigureMovesByWhatWasAdded() {
        String before = page(null);
        Map<String, List<Long>> funnel0 = table(before, "funnel-M1");
        Map<String, List<Long>> places0 = table(before, "places-M1");
        Map<String, List<Long>> scores0 = table(before, "scores-M1");
        long unscored0 = number(before, "unscored-M1");
        List<Long> reviews0 = numbers(before, "reviews-M1");

        String token = TestIds.unique("Tableau");
        // two drafts, one each of the early statuses, three holding a place, five under review, one withdrawn
        for (ApplicationStatus s : List.of(ApplicationStatus.DRAFT, ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
                ApplicationStatus.INCOMPLETE, ApplicationStatus.ADMITTED, ApplicationStatus.ACCEPTED, ApplicationStatus.ENROLLED)) {
            dossier(token, s);
        }
        Long a = dossier(token, ApplicationStatus.UNDER_REVIEW);
        Long b = dossier(token, ApplicationStatus.UNDER_REVIEW);
        Long c = dossier(token, ApplicationStatus.UNDER_REVIEW);
        Long d = dossier(token, ApplicationStatus.UNDER_REVIEW);
        Long e = dossier(token, ApplicationStatus.UNDER_REVIEW);
        Long withdrawn = dossier(token, ApplicationStatus.WITHDRAWN);
        // created out of name order: the table sorts them the French way (É with E, before F)
        Long zoe = member("Zoé <&> " + token);
        Long elise = member("Élise " + token);
        Long fabrice = member("Fabrice " + token);
        review(a, elise, ReviewStatus.SUBMITTED, "12.00");
        review(a, fabrice, ReviewStatus.SUBMITTED, "13.00");   // mean 12.50: 12 to under 14
        review(b, elise, ReviewStatus.SUBMITTED, "20.00");     // mean 20: the last bin includes 20
        review(c, elise, ReviewStatus.SUBMITTED, "1.99");
        review(c, fabrice, ReviewStatus.SUBMITTED, "2.00");    // mean 1.995, 2.00 as the ranking board rounds it
        review(d, fabrice, ReviewStatus.DRAFT, null);
        review(d, zoe, ReviewStatus.ASSIGNED, null);           // d has no submitted review
        review(e, zoe, ReviewStatus.CONFLICT, null);
        review(e, elise, ReviewStatus.ASSIGNED, null);         // nor has e
        review(withdrawn, fabrice, ReviewStatus.SUBMITTED, "15.00");  // counts for Fabrice, not in the histogram
        review(withdrawn, zoe, ReviewStatus.ASSIGNED, null);   // can no longer be written: not expected

        String after = page(null);
        Screenshots.take("responsable-fr", after, 2300);

        // 1. funnel: each status moved by what was added, every status listed in lifecycle order
        Map<String, List<Long>> funnel1 = table(after, "funnel-M1");
        Map<String, Long> added = new LinkedHashMap<>();
        added.put("Brouillon", 2L);
        added.put("Déposée", 1L);
        added.put("Incomplète", 1L);
        added.put("Complète", 0L);
        added.put("En cours d’examen", 5L);
        added.put("Admis·e – réponse attendue", 1L);
        added.put("Sur liste d’attente", 0L);
        added.put("Non retenue", 0L);
        added.put("Acceptée", 1L);
        added.put("Déclinée", 0L);
        added.put("Proposition expirée", 0L);
        added.put("Inscrit·e", 1L);
        added.put("Retirée", 1L);
        added.put("Total", 13L);
        assertEquals(new ArrayList<>(added.keySet()), new ArrayList<>(funnel1.keySet()));
        added.forEach((status, n) -> assertEquals(was(funnel0, status) + n, first(funnel1, status), status));

        // places: capacity less the offers pending or taken, counted here independently
        long holding = QuarkusTransaction.requiringNew().call(() -> Application.count("track.id = ?1 and status in ?2",
                m1.id, EnumSet.of(ApplicationStatus.ADMITTED, ApplicationStatus.ACCEPTED, ApplicationStatus.ENROLLED)));
        Map<String, List<Long>> places1 = table(after, "places-M1");
        assertEquals(19L, first(places1, "Capacité"));
        assertEquals(Math.max(0, 19 - holding), first(places1, "Places restantes"));
        assertEquals(Math.max(0, first(places0, "Places restantes") - 3), first(places1, "Places restantes"));
        assertEquals(first(places0, "Acceptée") + 1, first(places1, "Acceptée"));
        assertTrue(after.contains("<strong class=\"big-number\">" + Math.max(0, 19 - holding) + "</strong>"));
        assertTrue(after.contains(">" + holding + " / 19 occupées</text>"), "the bar's text");

        // 2. histogram: one dossier in each of three bins, two more without any submitted review
        Map<String, List<Long>> scores1 = table(after, "scores-M1");
        List<String> bins = new ArrayList<>(scores1.keySet());
        assertEquals(List.of("de 0 à moins de 2", "de 2 à moins de 4", "de 4 à moins de 6", "de 6 à moins de 8",
                "de 8 à moins de 10", "de 10 à moins de 12", "de 12 à moins de 14", "de 14 à moins de 16",
                "de 16 à moins de 18", "de 18 à 20 inclus", "Total"), bins);
        long[] binAdded = {0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 3};
        for (int i = 0; i < bins.size(); i++) {
            assertEquals(was(scores0, bins.get(i)) + binAdded[i], first(scores1, bins.get(i)), bins.get(i));
        }
        assertEquals(unscored0 + 2, number(after, "unscored-M1"));

        // 3. reviewers: mine, by name, with submitted / expected / drafts / conflicts
        Map<String, List<Long>> reviewers = table(after, "reviewers-M1");
        List<String> mine = reviewers.keySet().stream().filter(name -> name.contains(token)).toList();
        assertEquals(List.of("Élise " + token, "Fabrice " + token, "Zoé &lt;&amp;&gt; " + token), mine);
        assertEquals(List.of(3L, 4L, 0L, 0L), reviewers.get("Élise " + token));
        assertEquals(List.of(3L, 4L, 1L, 0L), reviewers.get("Fabrice " + token));
        assertEquals(List.of(0L, 1L, 0L, 1L), reviewers.get("Zoé &lt;&amp;&gt; " + token));
        List<Long> reviews1 = numbers(after, "reviews-M1");
        assertEquals(reviews0.get(0) + 6, reviews1.get(0), "submitted, in x of y");
        assertEquals(reviews0.get(1) + 9, reviews1.get(1), "expected, in x of y");
        assertEquals(List.of(reviews1.get(0), reviews1.get(1)), reviewers.get("Total").subList(0, 2));
        // the chart says the same, with the name escaped inside the SVG too
        assertTrue(after.contains(">3 / 4</text>"));
        assertTrue(after.contains(">Zoé &lt;&amp;&gt; " + token.substring(0, 12)), "escaped name in the chart");
    }

    @Test
    @TestSecurity(user = "responsable", roles = "head")
    void pageIsAccessibleAndLinksTheHeadsWorkingPages() {
        String html = page(null);
        assertTrue(count(html, "<svg ") >= 4, "at least the places and the funnel of each track");
        assertEquals(count(html, "<svg "), count(html, "<summary>Voir les chiffres</summary>"), "each chart has its table");
        given().get("/responsable").then().statusCode(200)
                .body(containsString("<h1>Tableau de bord des responsables</h1>"))
                .body(containsString("href=\"/responsable/affectations/M1\""))
                .body(containsString("href=\"/classement/M1\""))
                .body(containsString("href=\"/responsable/affectations/M2\""))
                .body(containsString("href=\"/classement/M2\""))
                .body(containsString("href=\"/responsable\" aria-current=\"page\""))
                .body(containsString("role=\"img\" aria-labelledby=\"m1-funnel-title\""))
                .body(containsString("<title id=\"m1-funnel-title\">Dossiers de Master 1 par état</title>"))
                .body(containsString("<summary>Voir les chiffres</summary>"))
                .body(containsString("<caption>Dossiers de Master 1 par état, dans l’ordre du parcours</caption>"))
                .body(containsString("<th scope=\"col\">État</th>"));
    }

    @Test
    @TestSecurity(user = "responsable", roles = "head")
    void pageExistsInEnglish() {
        String html = page("en");
        Screenshots.take("responsable-en", html, 2300);
        given().cookie("ieps-lang", "en").get("/responsable").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Places left"))
                .body(containsString("<summary>Show the figures</summary>"))
                .body(containsString("Applications to Master 1 per status</title>"))
                .body(containsString("Assign reviewers"))
                .body(not(containsString("Voir les chiffres")));
    }

    /** The figures come from a fixed number of grouped queries: more dossiers and reviewers, no more queries. */
    @Test
    void queriesDoNotGrowWithTheData() {
        Statistics stats = sessionFactory.getStatistics();
        boolean wasEnabled = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            long first = statements(stats);
            Long app = dossier(TestIds.unique("Requetes"), ApplicationStatus.UNDER_REVIEW);
            review(app, member(TestIds.unique("Requêtes ")), ReviewStatus.SUBMITTED, "10.00");
            review(app, member(TestIds.unique("Requêtes bis ")), ReviewStatus.DRAFT, null);
            long second = statements(stats);
            assertEquals(first, second);
            // statuses, continuing students (per track), scores per dossier, reviews per member: both tracks at once
            assertEquals(4, second, "statements for the figures of both tracks");
        } finally {
            stats.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    @TestSecurity(user = "relecteur", roles = "reviewer")
    void reviewerIsRefused() {
        given().get("/responsable").then().statusCode(403).body(not(containsString("Places restantes")));
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void secretariatIsRefused() {
        given().get("/responsable").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminIsRefused() {
        given().get("/responsable").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "someone", roles = "candidate")
    void candidateIsRefused() {
        given().get("/responsable").then().statusCode(403).body(containsString("Accès refusé"));
    }

    @Test
    void anonymousIsSentToLogIn() {
        given().redirects().follow(false).get("/responsable").then().statusCode(302);
    }

    // --- data ----------------------------------------------------------------------------------

    private Long dossier(String token, ApplicationStatus status) {
        String subject = TestIds.unique(token + "-");
        Application app = applications.create(new ActorRef(subject, subject, Actor.CANDIDATE), subject + "@example.fr", m1.id,
                EntryRoute.INITIALE, false, "fr");
        QuarkusTransaction.requiringNew().run(() -> {
            Application a = Application.findById(app.id);
            a.status = status;
            a.liveTrackId = status.isLive() ? a.track.id : null;
        });
        return app.id;
    }

    private static Long member(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var m = new TeamMember();
            m.fullName = name;
            m.email = TestIds.unique("dash-") + "@example.fr";
            m.maxDossiers = 50;
            m.persist();
            return m.id;
        });
    }

    private static void review(Long applicationId, Long memberId, ReviewStatus status, String score) {
        QuarkusTransaction.requiringNew().run(() -> {
            var r = new Review();
            r.application = Application.findById(applicationId);
            r.member = TeamMember.findById(memberId);
            r.status = status;
            r.assignedAt = java.time.Instant.now();
            r.assignedBy = "test";
            r.updatedAt = r.assignedAt;
            if (score != null) {
                r.score = new BigDecimal(score);
                r.submittedAt = r.assignedAt;
            }
            if (status == ReviewStatus.CONFLICT) {
                r.conflictReason = "Ancienne collègue";
                r.conflictAt = r.assignedAt;
            }
            r.persist();
        });
    }

    private long statements(Statistics stats) {
        stats.clear();
        List<Track> tracks = QuarkusTransaction.requiringNew().call(() -> campaigns.currentTracks());
        stats.clear();
        figures.of(tracks);
        return stats.getPrepareStatementCount();
    }

    // --- reading the page ----------------------------------------------------------------------

    private static String page(String lang) {
        var request = given();
        if (lang != null) {
            request.cookie("ieps-lang", lang);
        }
        var response = request.get("/responsable");
        assertEquals(200, response.statusCode());
        return response.asString();
    }

    /** The rows of a table: header cell to its numbers, in order. */
    private static Map<String, List<Long>> table(String html, String id) {
        Matcher t = Pattern.compile("<table id=\"" + id + "\">(.*?)</table>", Pattern.DOTALL).matcher(html);
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        if (!t.find()) {
            return rows; // a section with nothing to count yet has no table
        }
        Matcher row = ROW.matcher(t.group(1));
        while (row.find()) {
            List<Long> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group(1).isEmpty() ? null : Long.parseLong(cell.group(1)));
            }
            rows.put(row.group(1).strip(), cells);
        }
        return rows;
    }

    /** A figure before the test added its data: zero when the row was not there. */
    private static long was(Map<String, List<Long>> table, String row) {
        return table.containsKey(row) ? first(table, row) : 0;
    }

    private static long first(Map<String, List<Long>> table, String row) {
        List<Long> cells = table.get(row);
        assertTrue(cells != null && !cells.isEmpty(), "no row " + row + " in " + table.keySet());
        return cells.get(0);
    }

    /** The numbers in the element with this id; zeros when it is absent (nothing to say yet). */
    private static List<Long> numbers(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(.*?)</").matcher(html);
        List<Long> list = new ArrayList<>();
        if (m.find()) {
            Matcher n = NUMBER.matcher(m.group(1));
            while (n.find()) {
                list.add(Long.parseLong(n.group(1)));
            }
        }
        while (list.size() < 2) {
            list.add(0L);
        }
        return list;
    }

    private static long number(String html, String id) {
        return numbers(html, id).get(0);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
