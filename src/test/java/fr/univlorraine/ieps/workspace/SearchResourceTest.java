package fr.univlorraine.ieps.workspace;

import static fr.univlorraine.ieps.workspace.WorkspaceFixtures.dossier;
import static fr.univlorraine.ieps.workspace.WorkspaceFixtures.reference;
import static fr.univlorraine.ieps.workspace.WorkspaceFixtures.word;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.documents.DocumentStatus;
import fr.univlorraine.ieps.web.HtmlChecker;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** The staff's search: by name, e-mail and reference at every status of both years, filters, pages, and who may search. */
@QuarkusTest
class SearchResourceTest {

    private static final Pattern RESULT = Pattern.compile("<th scope=\"row\" id=\"ref-\\d+\"><a href=\"/dossiers/(\\d+)\">");
    private static final Pattern FOUND = Pattern.compile("<h2 id=\"results-title\">(\\d+) dossiers? trouvés?</h2>");

    @Inject
    SessionFactory sessionFactory;

    private static Response search(Map<String, ?> params) {
        return given().cookie("ieps-lang", "fr").queryParams(params).get("/recherche");
    }

    /** The table row of one dossier on a page of results. */
    private static String row(String page, Long id) {
        int at = page.indexOf("id=\"select-" + id + "\"");
        assertTrue(at >= 0, "dossier " + id + " is on the page: " + page);
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    /** The ids of the page's results, in their order. */
    private static List<Long> ids(Response page) {
        assertEquals(200, page.statusCode(), page.asString());
        List<Long> ids = new ArrayList<>();
        Matcher m = RESULT.matcher(page.asString());
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    private static long total(Response page) {
        Matcher m = FOUND.matcher(page.asString());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** A name with a word of one or two letters is found: the short word narrows what the others found. */
    @Test
    @TestSecurity(user = "search-secretariat", roles = "secretariat")
    void findsNamesWithShortWords() {
        String w = word();
        Long leGoff = dossier(Level.M2, ApplicationStatus.SUBMITTED, EntryRoute.INITIALE, "Le Goff " + w, "Anne",
                "anne." + w + "@univ.fr");
        Long legrand = dossier(Level.M2, ApplicationStatus.SUBMITTED, EntryRoute.INITIALE, "Legrand " + w, "Paul",
                "paul." + w + "@univ.fr");
        Long nDiaye = dossier(Level.M1, ApplicationStatus.UNDER_REVIEW, EntryRoute.INITIALE, "N'Diaye " + w, "Awa",
                "awa." + w + "@univ.fr");
        assertEquals(List.of(leGoff), ids(search(Map.of("q", "Le Goff " + w))));
        assertEquals(Set.of(leGoff, legrand), Set.copyOf(ids(search(Map.of("q", "le " + w)))));
        assertEquals(List.of(nDiaye), ids(search(Map.of("q", "N'Diaye " + w))));
        assertEquals(List.of(nDiaye), ids(search(Map.of("q", "n diaye " + w))));
        // short words alone search too, every dossier read
        assertTrue(ids(search(Map.of("q", "le go"))).contains(leGoff));
    }

    /** A word too short for a trigram is written so that no index serves it (see SearchIndexesOnPostgresTest). */
    @Test
    void aShortWordOnlyFiltersWhatTheLongerOnesFound() {
        var criteria = new SearchForm.Criteria(List.of("da", "silva"), null, null, null, null, null, null, null,
                SearchOrder.NAME, 1);
        String where = SearchService.where(criteria, new java.util.HashMap<>());
        assertTrue(where.contains("(concat(a.searchName, '') like :w0 escape '!' or concat(a.searchEmail, '') like :w0"
                + " escape '!' or concat(a.reference, '') like :r0 escape '!')"), where);
        assertTrue(where.contains("(a.searchName like :w1 escape '!' or a.searchEmail like :w1 escape '!' or a.reference"
                + " like :r1 escape '!')"), where);
    }

    @Test
    @TestSecurity(user = "search-head", roles = "head")
    void findsByNameAccentsAndCapitalsAsideAtEveryStatusOfBothYearsButNotDrafts() {
        String w = word();
        Set<Long> expected = new TreeSet<>();
        for (Level level : Level.values()) {
            for (ApplicationStatus status : SearchForm.STATUSES) {
                expected.add(dossier(level, status, EntryRoute.INITIALE, "Lefèvre " + w, "Éloïse", w + "@example.fr"));
            }
        }
        Long draft = dossier(Level.M1, ApplicationStatus.DRAFT, EntryRoute.INITIALE, "Lefèvre " + w, "Éloïse",
                "draft." + w + "@example.fr");
        assertEquals(24, expected.size(), "12 statuses after the draft, in M1 and M2");

        Response plain = search(Map.of("q", "eloise LEFEVRE " + w));
        assertEquals(expected, new TreeSet<>(ids(plain)), plain.asString());
        assertEquals(24, total(plain));
        assertFalse(ids(plain).contains(draft), "a draft is not a dossier yet");
        // typed with accents, stored with them or not
        Response accented = search(Map.of("q", "Lefèvre " + w.toUpperCase()));
        assertEquals(expected, new TreeSet<>(ids(accented)));
        // a part of a word is enough
        assertEquals(expected, new TreeSet<>(ids(search(Map.of("q", "efev " + w)))));
        Screenshots.take("recherche-resultats", plain.asString(), 1500);
        Screenshots.take("recherche-resultats-telephone", plain.asString(), 390, 2600);
    }

    @Test
    @TestSecurity(user = "search-secretariat", roles = "secretariat")
    void findsByEmailAndByReferenceWhateverTheCase() {
        String w = word();
        Long mine = dossier(Level.M2, ApplicationStatus.ENROLLED, EntryRoute.CONTINUE, "Martin", "Jeanne",
                "Jeanne.Martin." + w + "@Univ-Example.fr");
        Long other = dossier(Level.M2, ApplicationStatus.WITHDRAWN, EntryRoute.CONTINUE, "Martin", "Paul",
                "paul.martin." + w + "@example.fr");
        assertEquals(List.of(mine), ids(search(Map.of("q", "jeanne.martin." + w + "@univ-example.FR"))));
        assertEquals(List.of(mine), ids(search(Map.of("q", "JEANNE.MARTIN." + w))));
        String reference = reference(other);
        assertEquals(List.of(other), ids(search(Map.of("q", reference))));
        assertEquals(List.of(other), ids(search(Map.of("q", reference.toLowerCase()))));
        assertEquals(List.of(other), ids(search(Map.of("q", reference.substring(2).toLowerCase()))));
        // every word must be found: a name and a reference of two people find nobody
        assertEquals(List.of(), ids(search(Map.of("q", "jeanne " + reference))));
    }

    @Test
    @TestSecurity(user = "search-head", roles = "head")
    void aNameChangedLaterIsFoundByItsNewName() {
        String w = word();
        Long id = dossier(Level.M1, ApplicationStatus.SUBMITTED, "Durand " + w);
        QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(id).lastName = "Dupré " + w);
        assertEquals(List.of(id), ids(search(Map.of("q", "dupre " + w))));
        assertEquals(List.of(), ids(search(Map.of("q", "durand " + w))));
    }

    @Test
    @TestSecurity(user = "search-secretariat", roles = "secretariat")
    void filtersNarrowTheResults() {
        String w = word();
        Long m1 = dossier(Level.M1, ApplicationStatus.COMPLETE, EntryRoute.INITIALE, "Filtre " + w, "Anne", w + ".a@example.fr");
        Long m2Alternance = dossier(Level.M2, ApplicationStatus.INCOMPLETE, EntryRoute.ALTERNANCE, "Filtre " + w, "Bruno",
                w + ".b@example.fr");
        Long admitted = dossier(Level.M2, ApplicationStatus.ADMITTED, EntryRoute.CONTINUE, "Filtre " + w, "Chloé",
                w + ".c@example.fr");
        Long prepared = dossier(Level.M2, ApplicationStatus.UNDER_REVIEW, EntryRoute.INITIALE, "Filtre " + w, "Denis",
                w + ".d@example.fr");
        Long rejected = dossier(Level.M1, ApplicationStatus.REJECTED, EntryRoute.INITIALE, "Filtre " + w, "Emma",
                w + ".e@example.fr");
        WorkspaceFixtures.piece(m2Alternance, 0, DocumentStatus.REFUSED);
        WorkspaceFixtures.piece(m2Alternance, 1, DocumentStatus.VALIDATED);
        WorkspaceFixtures.piece(m1, 0, DocumentStatus.PENDING);
        WorkspaceFixtures.piece(admitted, 0, DocumentStatus.VALIDATED);
        WorkspaceFixtures.piece(admitted, 1, DocumentStatus.NOT_CONCERNED);
        WorkspaceFixtures.decision(admitted, DecisionKind.ADMIT, true);
        WorkspaceFixtures.decision(prepared, DecisionKind.ADMIT, false);
        WorkspaceFixtures.decision(rejected, DecisionKind.REJECT, true);
        WorkspaceFixtures.tag(prepared, "à rappeler");
        WorkspaceFixtures.tag(m1, "à rappeler");
        WorkspaceFixtures.tag(m1, "vap");

        assertEquals(Set.of(m1, m2Alternance, admitted, prepared, rejected), Set.copyOf(ids(search(Map.of("q", w)))));
        assertEquals(Set.of(m1, rejected), Set.copyOf(ids(search(Map.of("q", w, "niveau", "M1")))));
        assertEquals(Set.of(m2Alternance), Set.copyOf(ids(search(Map.of("q", w, "voie", "ALTERNANCE")))));
        assertEquals(Set.of(admitted), Set.copyOf(ids(search(Map.of("q", w, "statut", "ADMITTED")))));
        assertEquals(Set.of(m2Alternance), Set.copyOf(ids(search(Map.of("q", w, "pieces", "REFUSED")))));
        assertEquals(Set.of(m1), Set.copyOf(ids(search(Map.of("q", w, "pieces", "TO_CHECK")))));
        assertEquals(Set.of(admitted), Set.copyOf(ids(search(Map.of("q", w, "pieces", "CHECKED")))));
        assertEquals(Set.of(admitted, prepared), Set.copyOf(ids(search(Map.of("q", w, "decision", "ADMIT")))));
        assertEquals(Set.of(admitted), Set.copyOf(ids(search(Map.of("q", w, "decision", "ADMIT", "publication", "PUBLISHED")))));
        assertEquals(Set.of(prepared), Set.copyOf(ids(search(Map.of("q", w, "publication", "PREPARED")))));
        assertEquals(Set.of(admitted, rejected), Set.copyOf(ids(search(Map.of("q", w, "publication", "PUBLISHED")))));
        assertEquals(Set.of(m1, m2Alternance), Set.copyOf(ids(search(Map.of("q", w, "decision", "NONE")))));
        assertEquals(Set.of(rejected), Set.copyOf(ids(search(Map.of("q", w, "decision", "REJECT")))));
        assertEquals(Set.of(m1, prepared), Set.copyOf(ids(search(Map.of("q", w, "etiquette", "à rappeler")))));
        assertEquals(Set.of(m1), Set.copyOf(ids(search(Map.of("q", w, "etiquette", "vap", "niveau", "M1")))));
        // filters alone, without a word, search too
        assertTrue(ids(search(Map.of("etiquette", "vap"))).contains(m1));
        // the page shows what was found: decisions, labels
        String all = search(Map.of("q", w)).asString();
        assertTrue(row(all, admitted).contains("Admission") && !row(all, admitted).contains("non publiée"), all);
        assertTrue(row(all, prepared).contains("Admission") && row(all, prepared).contains("non publiée"), all);
        assertTrue(row(all, rejected).contains("Refus") && !row(all, rejected).contains("non publiée"), all);
        assertTrue(row(all, m2Alternance).contains(">aucune<") && !row(all, m2Alternance).contains("Admission"), all);
        String page = search(Map.of("q", w, "niveau", "M2")).asString();
        assertTrue(page.contains("non publiée"), page);
        assertTrue(page.contains("<li>à rappeler</li>"), page);
        Screenshots.take("recherche-filtres", page, 1300);
        assertEquals(List.of(), new HtmlChecker().errors(page), "the results are valid HTML");
    }

    @Test
    @TestSecurity(user = "search-admin", roles = "admin")
    void resultsComeByPagesOf25WithTheirTotalSortedByNameOrReference() {
        String w = word();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // family names in the reverse order of creation, so that the two orders differ
            created.add(dossier(Level.M1, ApplicationStatus.SUBMITTED, "Page%02d %s".formatted(30 - i, w)));
        }
        Response first = search(Map.of("q", w));
        assertEquals(30, total(first));
        List<Long> byName = new ArrayList<>(ids(first));
        assertEquals(25, byName.size());
        assertTrue(first.asString().contains("Dossiers 1 à 25 sur 30"), first.asString());
        assertTrue(first.asString().contains("href=\"/recherche?q=" + w + "&amp;page=2\""), first.asString());
        Response second = search(Map.of("q", w, "page", "2"));
        byName.addAll(ids(second));
        assertTrue(second.asString().contains("Dossiers 26 à 30 sur 30"));
        // each row's box is named by the words said once for the table and the row's reference (e.g. "Sélectionner le
        // dossier IEPS-2027-M1-0042"), in the page's language
        Long one = byName.get(0);
        assertTrue(row(first.asString(), one).contains("aria-labelledby=\"select-label ref-" + one + "\""), row(first.asString(), one));
        assertTrue(row(first.asString(), one).contains("<th scope=\"row\" id=\"ref-" + one + "\"><a href=\"/dossiers/" + one
                + "\">" + WorkspaceFixtures.reference(one) + "</a>"), row(first.asString(), one));
        assertTrue(first.asString().contains("<span id=\"select-label\" hidden>Sélectionner le dossier</span>"));
        assertTrue(given().cookie("ieps-lang", "en").queryParam("q", w).get("/recherche").asString()
                .contains("<span id=\"select-label\" hidden>Select dossier</span>"));
        List<Long> reversed = new ArrayList<>(created);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, byName, "by family name: Page01 (the last created) first");

        List<Long> byReference = new ArrayList<>(ids(search(Map.of("q", w, "tri", "REFERENCE"))));
        byReference.addAll(ids(search(Map.of("q", w, "tri", "REFERENCE", "page", "2"))));
        List<String> references = byReference.stream().map(WorkspaceFixtures::reference).toList();
        assertEquals(references.stream().sorted().toList(), references);
        assertEquals(Set.copyOf(created), Set.copyOf(byReference));
        // a page past the end shows the last one; a page that is not a number, the first
        assertEquals(ids(second), ids(search(Map.of("q", w, "page", "9"))));
        assertEquals(ids(first), ids(search(Map.of("q", w, "page", "deux"))));
    }

    /** A search that fits in one page is not counted: the page's length is the count; a full page is counted. */
    @Test
    @TestSecurity(user = "search-secretariat", roles = "secretariat")
    void aSearchThatFitsInOnePageIsNotCountedAgain() {
        String w = word();
        for (int i = 0; i < 25; i++) {
            dossier(Level.M1, ApplicationStatus.SUBMITTED, (i < 3 ? "Court " : "Plein ") + w);
        }
        search(Map.of("q", w));  // the first rendering compiles what it needs
        Statistics statistics = sessionFactory.getStatistics();
        long counted = counts(statistics);
        Response few = search(Map.of("q", "court " + w));
        assertEquals(3, total(few));
        assertTrue(few.asString().contains("Dossiers 1 à 3 sur 3"), few.asString());
        assertEquals(counted, counts(statistics), "three dossiers found: their number is the page's length");
        Response full = search(Map.of("q", w));
        assertEquals(25, total(full));
        assertEquals(25, ids(full).size());
        assertEquals(counted + 1, counts(statistics), "a full page: there may be more, so they are counted");
        // exactly one page of results, and the second asked: the first, with the right total
        Response past = search(Map.of("q", w, "page", "2"));
        assertEquals(25, total(past));
        assertEquals(ids(full), ids(past));
    }

    /** How many times the search's count has run so far. */
    private static long counts(Statistics statistics) {
        return java.util.Arrays.stream(statistics.getQueries()).filter(q -> q.startsWith("select count(a) from Application a"))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionCount()).sum();
    }

    @Test
    @TestSecurity(user = "search-head", roles = "head")
    void aPageOfResultsTakesAFixedNumberOfQueriesAndLoadsNoDossier() {
        String w = word();
        Map<Long, String> labels = new java.util.HashMap<>();
        for (int i = 0; i < 30; i++) {
            Long id = dossier(Level.M2, ApplicationStatus.UNDER_REVIEW, "Compte " + w);
            WorkspaceFixtures.tag(id, "lot " + (i % 3));
            labels.put(id, "lot " + (i % 3));
            WorkspaceFixtures.decision(id, DecisionKind.WAITLIST, false);
        }
        search(Map.of("q", w));  // the first rendering compiles what it needs
        Statistics statistics = sessionFactory.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "%test.quarkus.hibernate-orm.statistics=true is missing");
        long statements = statistics.getPrepareStatementCount();
        long loaded = statistics.getEntityLoadCount();
        Response found = search(Map.of("q", w));
        assertEquals(25, ids(found).size());
        assertTrue(statistics.getPrepareStatementCount() - statements <= 5,
                "count, page with its decisions, labels, labels in use, the menu's unread messages: "
                        + (statistics.getPrepareStatementCount() - statements));
        assertEquals(0, statistics.getEntityLoadCount() - loaded, "no dossier is loaded as an entity");
        // each row with its own label, read for the whole page at once
        String page = found.asString();
        for (Long id : ids(found)) {
            assertTrue(row(page, id).contains("<li>" + labels.get(id) + "</li>"), row(page, id));
        }
    }

    /** The results, the labels in use and the layout's badge of unread messages: one session, one transaction. */
    @Test
    @TestSecurity(user = "search-secretariat", roles = "secretariat")
    void aSearchIsReadAndRenderedInOneSession() {
        String w = word();
        dossier(Level.M1, ApplicationStatus.SUBMITTED, "Seule " + w);
        search(Map.of("q", w));  // the first rendering compiles what it needs
        Statistics statistics = sessionFactory.getStatistics();
        long sessions = statistics.getSessionOpenCount();
        long transactions = statistics.getTransactionCount();
        Response page = search(Map.of("q", w));
        assertEquals(1, ids(page).size());
        assertTrue(page.asString().contains(">Messages"), "the layout's menu is there: " + page.asString());
        assertEquals(1, statistics.getSessionOpenCount() - sessions, "sessions opened for one search");
        assertEquals(1, statistics.getTransactionCount() - transactions, "transactions for one search");
    }

    @Test
    @TestSecurity(user = "search-secretariat", roles = "secretariat")
    void nothingAskedShowsHowToSearchAndAWrongFilterSaysWhichWithoutSearching() {
        Response empty = search(Map.of());
        assertEquals(200, empty.statusCode());
        assertTrue(empty.asString().contains("Tapez un nom, une adresse e-mail ou une référence"), empty.asString());
        assertTrue(ids(empty).isEmpty());

        Response wrong = search(Map.of("q", "martin", "statut", "NOPE", "niveau", "M3", "decision", "NONE",
                "publication", "PUBLISHED"));
        assertEquals(400, wrong.statusCode());
        String html = wrong.asString();
        assertTrue(html.contains("error-summary"), html);
        assertTrue(html.contains("href=\"#statut\""), html);
        assertTrue(html.contains("href=\"#niveau\""), html);
        assertTrue(html.contains("href=\"#publication\""), html);
        assertTrue(html.contains("Un dossier sans décision n’a pas de décision publiée"), html);
        assertTrue(html.contains("value=\"martin\""), "what was typed stays: " + html);
        assertFalse(RESULT.matcher(html).find(), "nothing is searched");
        Screenshots.take("recherche-erreurs", html, 1200);
        assertEquals(List.of(), new HtmlChecker().errors(html), "the page with errors is valid HTML");
        assertEquals(List.of(), new HtmlChecker().errors(empty.asString()), "the empty search is valid HTML");

        Response draft = search(Map.of("statut", "DRAFT"));
        assertEquals(400, draft.statusCode(), "a draft is not a dossier: not a choice");
        Response tooLong = search(Map.of("q", "x".repeat(101)));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.asString().contains("100"), tooLong.asString());
        // wildcards are looked for as such
        Response percent = search(Map.of("q", "%"));
        assertEquals(200, percent.statusCode());
        assertTrue(percent.asString().contains("Aucun dossier ne correspond"), percent.asString());
    }

    @Test
    @TestSecurity(user = "search-head-en", roles = "head")
    void theEnglishPageReadsInEnglish() {
        String w = word();
        dossier(Level.M1, ApplicationStatus.WAITLISTED, "English " + w);
        String html = given().cookie("ieps-lang", "en").queryParam("q", w).get("/recherche").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("1 dossier found"), html);
        assertTrue(html.contains("Write to the selected candidates"), html);
        assertFalse(html.contains("NOT_FOUND"), html);
    }

    @Test
    @TestSecurity(user = "search-head", roles = "head")
    void resultsLinkToTheDossierViewAndCanBeSelectedToWriteToTheirCandidates() {
        String w = word();
        Long id = dossier(Level.M2, ApplicationStatus.COMPLETE, "Lien " + w);
        String html = search(Map.of("q", w)).asString();
        assertTrue(html.contains("<a href=\"/dossiers/" + id + "\">"), html);
        assertTrue(html.contains("action=\"/messages/selection\""), html);
        assertTrue(html.contains("name=\"csrf-token\""), html);
        assertTrue(html.contains("<input type=\"checkbox\" name=\"ids\" value=\"" + id + "\""), html);
        assertTrue(html.contains("<form method=\"get\" action=\"/recherche\""), "a bookmarkable search: " + html);

        // the selection reaches the message page, which names the dossier chosen and writes nothing yet
        String compose = fr.univlorraine.ieps.FormPost.from("/recherche?q=" + w).formParam("ids", id).post("/messages/selection")
                .then().statusCode(200).extract().asString();
        assertTrue(compose.contains(reference(id)), compose);
        assertTrue(compose.contains("action=\"/messages/selection/envoi\""), compose);
    }

    @Test
    @TestSecurity(user = "search-reviewer", roles = "reviewer")
    void aReviewerNeverSearches() {
        String w = word();
        Long id = dossier(Level.M1, ApplicationStatus.UNDER_REVIEW, "Relecture " + w);
        Response response = given().queryParam("q", w).get("/recherche");
        assertEquals(403, response.statusCode());
        assertFalse(response.asString().contains(reference(id)));
        assertFalse(response.asString().contains("Relecture"));
    }

    @Test
    @TestSecurity(user = "search-candidate", roles = "candidate")
    void aCandidateNeverSearches() {
        String w = word();
        Long id = dossier(Level.M1, ApplicationStatus.SUBMITTED, "Candidat " + w);
        Response response = given().queryParam("q", w).get("/recherche");
        assertEquals(403, response.statusCode());
        assertFalse(response.asString().contains(reference(id)));
    }
}
