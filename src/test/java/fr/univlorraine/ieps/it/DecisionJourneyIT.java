package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.it.Dossiers.Dossier;
import fr.univlorraine.ieps.it.RealBrowser.Browsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * "The committee meets, the heads publish, the candidates answer, a freed place goes to the waiting list" on the
 * real stack. The track is made small (2 places, 1 on the waiting list) with five dossiers under review, each owned
 * by its own Keycloak candidate account and read by two members of the team (one reading still due). In committee
 * mode the head steps through the five dossiers in rank order, reading the reviews side by side, and moves the one
 * its readers disagree on; the head then applies the system's proposal with a default refusal motive, saves the
 * drafts and publishes past the warning of the missing reading; the board then shows each decision by its rank; the first admitted candidate accepts, the second gives the place up, and the first on
 * the waiting list is offered it at once, with a mail; the secretariat then downloads the accepted list.
 * The journey runs on the M2 track, which no other integration test uses: the M1 board holds the dossiers
 * the other journeys leave under review, which would take the places of this one's.
 */
@ExtendWith(RealBrowser.class)
class DecisionJourneyIT {

    static final String LEVEL = "M2";
    static final String DECISIONS = "/responsable/decisions/" + LEVEL;
    static final String BOARD = "/classement/" + LEVEL;
    static final String DISAGREEING_COMMENT = "Projet trop proche du poste actuel ; la question de recherche manque.";
    static final String MOVE_REASON = "Lectures en désaccord : le comité retient la plus réservée et place le dossier après E.";
    static final int CAPACITY = 2;
    static final int WAITLIST_SIZE = 1;
    static final String PASSWORD = "Decisions-Metz-2027";
    static final String RANKED_AFTER = "Le dossier, recevable, est classé après les candidats retenus dans la limite des places.";
    static final String DECLINE_REASON = "J’ai accepté un poste de chargé de mission dans un conseil départemental.";
    static final String DECISION_MAIL = "Une décision est disponible pour votre candidature ";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter FRENCH_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH);

    /** A candidate with a Keycloak account of their own and their dossier on the track. */
    record Candidate(String email, Dossier dossier) {
        String statusPath() {
            return "/candidatures/" + dossier.id();
        }

        String reference() {
            return dossier.reference();
        }
    }

    private RealStack stack;
    // in the board's order (no scores yet: by reference, the order they are created in)
    private Candidate a;
    private Candidate b;
    private Candidate c;
    private Candidate d;
    private Candidate e;

    @Test
    void headPublishesTheFirstAdmittedAcceptsTheSecondGivesUpAndTheFirstOnTheWaitingListGetsThePlace(Browsers browsers)
            throws Exception {
        stack = RealStack.get();
        fiveDossiersReadUnderReviewOnATrackOfTwoPlacesAndOneOnTheWaitingList();

        Browser head = browsers.open();
        headStepsThroughTheDossiersInCommitteeModeAndMovesTheOneItsReadersDisagreeOn(head);
        headAppliesTheProposalWithADefaultMotiveSavesTheDraftsAndPublishes(head);
        headReadsTheDecisionsOnTheBoardByRank(head);

        Browser waiting = browsers.open();
        firstOnTheWaitingListSeesTheirRank(waiting);

        firstAdmittedCandidateSeesTheDeadlineAndAcceptsThePlace(browsers.open());

        int decisionMailsOfC = decisionMails(c).size();
        secondAdmittedCandidateGivesUpThePlace(browsers.open());

        firstOnTheWaitingListIsOfferedTheFreedPlaceAndToldByMail(waiting, decisionMailsOfC);

        headFollowsWhatBecameOfTheDecisions(head);

        secretariatDownloadsTheAcceptedList(browsers.open());
    }

    /** Arrange: the admin's settings of the track, and what candidates, secretariat, heads and readers did before. */
    private void fiveDossiersReadUnderReviewOnATrackOfTwoPlacesAndOneOnTheWaitingList() throws Exception {
        try (var db = stack.database()) {
            Campaigns.limitPlaces(db, LEVEL, CAPACITY, WAITLIST_SIZE);
            a = candidate(db, "Camille", "Lefèvre", "Piloter des dispositifs de protection de l'enfance dans un département.",
                    "Le placement familial vu par les assistants familiaux de Moselle.", "CHILD_PROTECTION");
            b = candidate(db, "Mehdi", "Benali", "Diriger un centre social en quartier prioritaire.",
                    "La participation des habitants dans les centres sociaux messins.", "POVERTY");
            c = candidate(db, "Awa", "Diallo", "Devenir chargée d'études dans une caisse d'allocations familiales.",
                    "Le non-recours aux droits sociaux des familles monoparentales.", "POVERTY");
            d = candidate(db, "Julien", "Schmitt", "Coordonner un service d'aide à domicile.",
                    "Le travail des aides à domicile auprès des personnes âgées en milieu rural.", "AGEING");
            e = candidate(db, "Nora", "Haddad", "Accompagner l'insertion professionnelle de travailleurs handicapés.",
                    "Les ESAT face à l'injonction à l'inclusion en milieu ordinaire.", "DISABILITY");
            // every criterion at one level: the weighted score is 5 points a level out of 20
            long claire = Readings.member(db, "Claire Commission");
            long paul = Readings.member(db, "Paul Jury-Lecteur");
            // readers one level apart (5 points) disagree beyond the campaign's threshold (4): only D's do
            Readings.submitted(db, a.dossier().id(), claire, 4, "ADMIT", "Projet mûr, terrain déjà ouvert au conseil départemental.");
            Readings.submitted(db, a.dossier().id(), paul, 4, "ADMIT", "Excellent dossier, à retenir.");
            Readings.submitted(db, b.dossier().id(), claire, 3, "ADMIT", "Très bon projet de centre social.");
            Readings.submitted(db, b.dossier().id(), paul, 3, "ADMIT", "Solide, méthode à préciser.");
            Readings.submitted(db, c.dossier().id(), claire, 2, "WAITLIST", "Bon dossier, question de recherche large.");
            Readings.submitted(db, c.dossier().id(), paul, 2, "WAITLIST", "Intéressant, expérience encore courte.");
            Readings.submitted(db, d.dossier().id(), claire, 0, "REJECT", DISAGREEING_COMMENT);
            Readings.submitted(db, d.dossier().id(), paul, 2, "WAITLIST", "Expérience de terrain précieuse.");
            Readings.submitted(db, e.dossier().id(), claire, 0, "REJECT", "Projet encore flou.");
            Readings.pending(db, e.dossier().id(), paul);
        }
    }

    private void headStepsThroughTheDossiersInCommitteeModeAndMovesTheOneItsReadersDisagreeOn(Browser head) throws Exception {
        head.open(BOARD).logInOnKeycloak("responsable@example.org", "responsable-demo-2027").awaitAppPath(BOARD);
        head.clickAndAwaitNextPage("a[href$='/seance']");
        // in rank order: the mean of the submitted readings
        List<Candidate> order = List.of(a, b, c, d, e);
        for (int i = 0; i < order.size(); i++) {
            Candidate each = order.get(i);
            assertEquals("/dossiers/" + each.dossier().id() + "/seance", head.path(), "dossier " + (i + 1) + " in rank order");
            assertTrue(head.heading().contains(each.reference()), head.heading());
            assertTrue(head.find(".step-position").getText().startsWith("Rang " + (i + 1) + " sur 5"),
                    head.find(".step-position").getText());
            String reviews = head.find("table.side-by-side").getText();
            assertTrue(reviews.contains("Claire Commission"), reviews);
            if (each == e) {
                assertFalse(reviews.contains("Paul Jury-Lecteur"), "a reading still due is not shown as a column: " + reviews);
            } else {
                assertTrue(reviews.contains("Paul Jury-Lecteur"), reviews);
            }
            if (each == d) {
                assertTrue(reviews.contains(DISAGREEING_COMMENT), reviews);
                assertFalse(head.all("table.side-by-side.disagreement").isEmpty(), "the readers' disagreement is highlighted");
                head.keepScreenshot("decision-00-committee-disagreement");
            } else {
                assertTrue(head.all("table.side-by-side.disagreement").isEmpty(), each.reference() + " has no disagreement");
            }
            assertEquals(i > 0, !head.all("a[rel=prev]").isEmpty(), "a previous dossier but for the first");
            if (i < order.size() - 1) {
                head.clickAndAwaitNextPage("a[rel=next]");
            } else {
                assertTrue(head.all("a[rel=next]").isEmpty(), "the last dossier has no next one");
            }
        }
        // back to D, with the keyboard: the left arrow follows the previous link
        new org.openqa.selenium.interactions.Actions(head.driver).sendKeys(org.openqa.selenium.Keys.ARROW_LEFT).perform();
        head.awaitAppPath("/dossiers/" + d.dossier().id() + "/seance");

        head.type("#to", "5").type("#reason", MOVE_REASON);
        head.clickAndAwaitNextPage("form.move button[type=submit]");
        assertEquals("/dossiers/" + d.dossier().id() + "/seance", head.path(), "the move comes back to the committee page");
        assertTrue(head.find(".step-position").getText().startsWith("Rang 5 sur 5"), head.find(".step-position").getText());
        assertTrue(head.text().contains(MOVE_REASON), "the move and its reason are on the dossier's page");
        head.keepScreenshot("decision-00b-committee-moved");
    }

    private void headReadsTheDecisionsOnTheBoardByRank(Browser head) throws Exception {
        head.open(BOARD);
        List<WebElement> rows = head.all("table.decided-board tbody tr");
        List<Candidate> order = List.of(a, b, c, e, d);
        assertEquals(order.size(), rows.size(), head.text());
        String[] decisions = {"Admission", "Admission", "Liste d’attente", "Refus", "Refus"};
        for (int i = 0; i < order.size(); i++) {
            String row = rows.get(i).getText();
            assertTrue(row.startsWith(String.valueOf(i + 1)) && row.contains(order.get(i).reference()), row);
            assertTrue(row.contains(decisions[i]), row);
        }
        head.scrollTo("#decisions-publiees").keepScreenshot("decision-03b-board-after-publication");
    }

    private void headAppliesTheProposalWithADefaultMotiveSavesTheDraftsAndPublishes(Browser head) throws Exception {
        head.open(DECISIONS).awaitAppPath(DECISIONS);
        assertEquals("Décisions – Master 2", head.heading());
        String figures = head.find("ul.summary-figures").getText();
        assertTrue(figures.contains("2 places restantes") && figures.contains("5 dossiers à décider"), figures);

        head.clickAndAwaitNextPage("a[href='" + DECISIONS + "?proposition=1']");
        assertTrue(head.text().contains("Affichage de la proposition du système"), head.text());
        assertRows(head, "ADMIT", "ADMIT", "WAITLIST", "REJECT", "REJECT");
        assertEquals("", new Select(head.find("#motive3")).getFirstSelectedOption().getAttribute("value"),
                "the refusal has no motive of its own: the default one will apply");
        new Select(head.find("#defaultMotive")).selectByVisibleText(RANKED_AFTER);
        head.scrollTo("#preparation").keepScreenshot("decision-01-proposal");

        head.clickAndAwaitNextPage("form.decisions-form button[type=submit]");
        assertTrue(head.url().endsWith(DECISIONS + "?ok=decisions_saved"), "saved without error: " + head.text());
        assertTrue(head.text().contains("Décisions enregistrées en brouillon. Les candidats ne les voient pas encore."));
        assertRows(head, "ADMIT", "ADMIT", "WAITLIST", "REJECT", "REJECT");
        assertEquals(RANKED_AFTER, new Select(head.find("#motive3")).getFirstSelectedOption().getText(),
                "the default motive is saved on the refusal");
        assertTrue(head.find("ul[aria-label='Décisions choisies']").getText().contains("5 / 5 enregistrées"));
        for (Candidate each : List.of(a, b, c, d, e)) {
            assertEquals("UNDER_REVIEW", status(each), "drafts are not published: " + each.reference());
        }

        // without the confirmation nothing is published
        head.clickAndAwaitNextPage("form[action$='/publier'] button");
        assertTrue(head.text().contains("Cochez la case pour confirmer la publication."), head.text());
        assertEquals("UNDER_REVIEW", status(a));

        head.click("label[for=publishConfirm]");
        assertEquals("Je confirme la publication de 2 admissions, 1 place sur liste d’attente et 2 refus.",
                head.find("label[for=publishConfirm]").getText());
        head.scrollTo("h2#publication").keepScreenshot("decision-02-drafts-saved-publication-confirmed");
        // the mail server is down while the heads publish: publishing does not wait for it, and no mail is lost
        stack.smtp.down(true);
        head.clickAndAwaitNextPage("form[action$='/publier'] button");
        // a reading is still due (E's second): the page lists the warnings and asks once more
        assertTrue(head.url().endsWith("/publier"), "a warning before publishing: " + head.url());
        assertTrue(head.text().contains("Publier malgré des avertissements"), head.text());
        assertEquals("UNDER_REVIEW", status(a), "nothing is published before the second confirmation");
        head.keepScreenshot("decision-02b-publish-warnings");
        head.click("label[for=warningsConfirm]");
        head.clickAndAwaitNextPage("form[action$='/publier'] button");
        assertTrue(head.url().endsWith(DECISIONS + "?ok=decisions_published"), "published without error: " + head.text());
        assertTrue(head.text().contains("Décisions publiées. Chaque candidat est prévenu par courriel"), head.text());
        assertTrue(head.text().contains("Aucun dossier en cours d’examen n’attend de décision"), "nothing left to decide");
        assertFollowUp(head, a, "Admis·e – réponse attendue", "Réponse attendue avant le");
        assertFollowUp(head, b, "Admis·e – réponse attendue", "Réponse attendue avant le");
        assertFollowUp(head, c, "Sur liste d’attente", "1er sur la liste d’attente");
        assertFollowUp(head, d, "Non retenue", "");
        assertFollowUp(head, e, "Non retenue", "");
        head.scrollTo("#follow-up").keepScreenshot("decision-03-published");

        mailsWaitInTheOutboxWhileTheMailServerIsDown();
        stack.smtp.down(false);

        // a send begun just before the server went down can hang until the mailer's own timeout (20 s, as in
        // production) before the outbox tries it again, and the other mails wait behind it: up to two such timeouts
        for (Candidate each : List.of(a, b, c, d)) {
            SmtpSink.Mail mail = stack.smtp.await(m -> isDecisionMail(m, each), Duration.ofSeconds(60));
            assertContentFree(mail);
        }
    }

    private void firstOnTheWaitingListSeesTheirRank(Browser candidate) throws Exception {
        logInOnTheirStatusPage(candidate, c);
        assertEquals("Sur liste d’attente", candidate.find("dl.facts .status").getText());
        String decision = candidate.find("#offer").getText();
        assertTrue(decision.contains("Vous êtes 1er sur la liste d’attente."), decision);
        assertTrue(candidate.all("form[action$='/offre/accepter']").isEmpty(), "no offer to answer yet");
        candidate.scrollTo("#offer").keepScreenshot("decision-04-waiting-list-rank");
    }

    private void firstAdmittedCandidateSeesTheDeadlineAndAcceptsThePlace(Browser candidate) throws Exception {
        logInOnTheirStatusPage(candidate, a);
        assertEquals("Admis·e – réponse attendue", candidate.find("dl.facts .status").getText());
        assertTrue(candidate.find("#offer").getText().contains("Une place en Master 2 vous est proposée dans le master IEPS."),
                candidate.find("#offer").getText());
        assertDeadlineShown(candidate, a);
        candidate.scrollTo("#offer").keepScreenshot("decision-05-offer");

        candidate.clickAndAwaitNextPage("form[action$='/offre/accepter'] button");
        assertTrue(candidate.url().endsWith(a.statusPath() + "?ok=accepted"), "accepted without error: " + candidate.text());
        assertTrue(candidate.text().contains("Votre acceptation est enregistrée : la place est à vous."), candidate.text());
        assertEquals("Acceptée", candidate.find("dl.facts .status").getText());
        assertTrue(candidate.find("#offer").getText().contains("Vous avez accepté la place proposée."));
        assertTrue(candidate.all("form[action$='/offre/refuser']").isEmpty(), "nothing left to answer");
        candidate.keepScreenshot("decision-06-accepted");
    }

    private void secondAdmittedCandidateGivesUpThePlace(Browser candidate) throws Exception {
        logInOnTheirStatusPage(candidate, b);
        assertDeadlineShown(candidate, b);

        // the confirmation is required: without it the place is kept, and so is what was typed
        candidate.type("#declineReason", DECLINE_REASON);
        candidate.clickAndAwaitNextPage("form[action$='/offre/refuser'] button");
        assertTrue(candidate.text().contains("Cochez la case pour confirmer que vous renoncez à la place."), candidate.text());
        assertEquals("ADMITTED", status(b));
        assertEquals(DECLINE_REASON, candidate.find("#declineReason").getAttribute("value"));

        candidate.click("label[for=declineConfirm]");
        candidate.scrollTo("#offer").keepScreenshot("decision-07-giving-up-the-place");
        candidate.clickAndAwaitNextPage("form[action$='/offre/refuser'] button");
        assertTrue(candidate.url().endsWith(b.statusPath() + "?ok=declined"), "declined without error: " + candidate.text());
        assertTrue(candidate.text().contains("Votre renoncement est enregistré. La place est proposée au candidat suivant."),
                candidate.text());
        assertEquals("Déclinée", candidate.find("dl.facts .status").getText());
        assertTrue(candidate.find("#offer").getText().contains("Vous avez renoncé à la place proposée."));
        assertTrue(candidate.find("ol.timeline").getText().contains(DECLINE_REASON), "the reason is in the history");
        candidate.keepScreenshot("decision-08-place-given-up");
    }

    private void firstOnTheWaitingListIsOfferedTheFreedPlaceAndToldByMail(Browser candidate, int decisionMailsBefore)
            throws Exception {
        List<SmtpSink.Mail> mails = awaitDecisionMails(c, decisionMailsBefore + 1);
        assertContentFree(mails.get(mails.size() - 1));

        candidate.open(c.statusPath());
        assertEquals("Admis·e – réponse attendue", candidate.find("dl.facts .status").getText(), "promoted at once");
        assertDeadlineShown(candidate, c);
        assertFalse(candidate.all("form[action$='/offre/accepter'] button").isEmpty(), "C can accept");
        assertTrue(candidate.find("ol.timeline").getText().contains("Proposition depuis la liste d’attente"),
                candidate.find("ol.timeline").getText());
        candidate.scrollTo("#offer").keepScreenshot("decision-09-offered-from-the-waiting-list");
    }

    private void headFollowsWhatBecameOfTheDecisions(Browser head) throws Exception {
        head.open(DECISIONS);
        assertFollowUp(head, a, "Acceptée", "");
        assertFollowUp(head, b, "Déclinée", "");
        assertFollowUp(head, c, "Admis·e – réponse attendue", "Réponse attendue avant le");
        assertFollowUp(head, d, "Non retenue", "");
        String figures = head.find("ul.summary-figures").getText();
        assertTrue(figures.contains("2 places prises") && figures.contains("0 places restantes"), figures);
        head.scrollTo("#follow-up").keepScreenshot("decision-10-follow-up");
    }

    /** The exports page is built on another branch: this step runs once it is merged. */
    private void secretariatDownloadsTheAcceptedList(Browser secretariat) throws Exception {
        secretariat.open("/secretariat/exports").logInOnKeycloak("scolarite@example.org", "scolarite-demo-2027")
                .awaitAppPath("/secretariat/exports");
        secretariat.keepScreenshot("decision-11-exports");
        URI csv = URI.create(acceptedListLink(secretariat).getAttribute("href"));

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(csv)
                .header("Cookie", secretariat.driver.manage().getCookies().stream()
                        .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; ")))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "downloaded with the secretariat's session: " + csv);
        byte[] bytes = response.body();
        assertTrue(bytes.length >= 3, "not empty");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "UTF-8 with a BOM, so that Excel reads the accents");
        List<List<String>> rows = semicolonSeparated(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertTrue(rows.size() >= 2, "a header and at least one candidate: " + rows);
        assertTrue(rows.stream().anyMatch(row -> row.contains(a.reference())), "A accepted the place: " + rows);
        assertTrue(rows.stream().noneMatch(row -> String.join(";", row).contains(b.reference())), "B gave it up: " + rows);
    }

    // ---- steps' details

    private Candidate candidate(java.sql.Connection db, String firstName, String lastName, String professionalProject,
            String researchProject, String theme) throws Exception {
        String email = java.text.Normalizer.normalize(firstName + "." + lastName, java.text.Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        String subject = stack.keycloak.createCandidateUser(email, firstName, lastName, PASSWORD);
        return new Candidate(email, Dossiers.underReview(db, LEVEL, subject, email, firstName, lastName, professionalProject,
                researchProject, theme));
    }

    private static void logInOnTheirStatusPage(Browser browser, Candidate candidate) {
        browser.open(candidate.statusPath()).logInOnKeycloak(candidate.email(), PASSWORD).awaitAppPath(candidate.statusPath());
        assertEquals(candidate.statusPath(), browser.path());
        assertTrue(browser.text().contains(candidate.reference()), browser.text());
    }

    /** The decisions form's rows, in the board's order (D moved after E), with the decision each has selected. */
    private void assertRows(Browser head, String... kinds) {
        List<Candidate> order = List.of(a, b, c, e, d);
        assertEquals(order.size(), head.all("table.decisions tbody tr[id^='row-']").size(), "the five dossiers of the track");
        for (int i = 0; i < order.size(); i++) {
            String row = head.find("#row-" + i).getText();
            assertTrue(row.contains(order.get(i).reference()) && row.contains(order.get(i).dossier().name()), row);
            assertEquals(kinds[i], new Select(head.find("#kind" + i)).getFirstSelectedOption().getAttribute("value"), row);
        }
    }

    private static void assertFollowUp(Browser head, Candidate candidate, String status, String detail) {
        WebElement row = head.all("#follow-up + .table-scroll tbody tr").stream()
                .filter(r -> r.getText().contains(candidate.reference())).findFirst()
                .orElseThrow(() -> new AssertionError("no follow-up row for " + candidate.reference() + " in " + head.text()));
        assertEquals(status, row.findElement(org.openqa.selenium.By.cssSelector(".status")).getText(), row.getText());
        String shown = row.findElement(org.openqa.selenium.By.cssSelector("td:last-child")).getText();
        assertTrue(detail.isEmpty() ? shown.isEmpty() : shown.startsWith(detail), candidate.reference() + ": " + shown);
    }

    /** The offer's deadline: 23:59 in Paris, the track's number of days after the offer was made. */
    private void assertDeadlineShown(Browser candidate, Candidate who) throws SQLException {
        Instant offeredAt;
        int days;
        try (var db = stack.database(); var rs = db.createStatement().executeQuery("select o.offered_at, t.offer_response_days"
                + " from offer o join track t on t.id = o.track_id where o.application_id = " + who.dossier().id())) {
            assertTrue(rs.next(), "an offer was made to " + who.reference());
            offeredAt = utc(rs.getTimestamp(1));
            days = rs.getInt(2);
        }
        Instant expected = offeredAt.atZone(PARIS).toLocalDate().plusDays(days).atTime(23, 59, 59).atZone(PARIS).toInstant();
        WebElement time = candidate.find("#offer .deadline time");
        assertEquals(expected.toString(), time.getAttribute("datetime"));
        assertEquals(FRENCH_DATE_TIME.format(expected.atZone(PARIS)), time.getText());
        assertTrue(candidate.find("#offer .deadline").getText().startsWith("Répondez au plus tard le"));
    }

    private String status(Candidate candidate) throws SQLException {
        try (var db = stack.database();
                ResultSet rs = db.createStatement().executeQuery("select status from application where id = " + candidate.dossier().id())) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    /**
     * Each candidate's decision mail is kept, tried and refused by the server (seen at least once with its error: a mail
     * is tried again every few seconds, so it is not always waiting at the moment of a look), and none has left yet.
     */
    private void mailsWaitInTheOutboxWhileTheMailServerIsDown() throws Exception {
        java.util.Set<String> tried = new java.util.TreeSet<>();
        // up to 90 s, a look every 250 ms (counted, not timed by the machine's clock)
        for (int look = 0; look < 360; look++) {
            try (var db = stack.database(); var query = db.prepareStatement("select reference from mail_outbox "
                    + "where kind = 'DECISION' and state in ('PENDING', 'SENDING') and attempts >= 1 "
                    + "and last_error is not null and reference in (?, ?, ?, ?)")) {
                List<Candidate> all = List.of(a, b, c, d);
                for (int i = 0; i < all.size(); i++) {
                    query.setString(i + 1, all.get(i).reference());
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        tried.add(rs.getString(1));
                    }
                }
            }
            if (tried.size() == 4) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(4, tried.size(), "every decision mail tried and kept for later: " + tried);
        for (Candidate each : List.of(a, b, c, d)) {
            assertTrue(decisionMails(each).isEmpty(), "no mail left while the server was down");
        }
    }

    private static boolean isDecisionMail(SmtpSink.Mail mail, Candidate candidate) {
        return mail.recipients().contains(candidate.email()) && mail.subject().equals(DECISION_MAIL + candidate.reference());
    }

    private List<SmtpSink.Mail> decisionMails(Candidate candidate) {
        return stack.smtp.received(m -> isDecisionMail(m, candidate));
    }

    /** Mails go out after the commit: waits until the candidate has received this many decision mails. */
    private List<SmtpSink.Mail> awaitDecisionMails(Candidate candidate, int count) throws InterruptedException {
        List<SmtpSink.Mail> mails = decisionMails(candidate);
        for (int look = 0; mails.size() < count && look < 200; look++) { // 200 looks 100 ms apart: about 20 s
            Thread.sleep(100);
            mails = decisionMails(candidate);
        }
        assertEquals(count, mails.size(), "decision mails of " + candidate.email() + ": " + mails);
        return mails;
    }

    /** The law: a mail says a decision is available, never what it is. */
    private static void assertContentFree(SmtpSink.Mail mail) {
        String text = (mail.subject() + "\n" + mail.text()).toLowerCase(Locale.ROOT);
        assertTrue(text.contains("connectez-vous pour la lire"), text);
        for (String telling : List.of("admis", "attente", "refus", "retenu", "accept", RANKED_AFTER.toLowerCase(Locale.ROOT))) {
            assertFalse(text.contains(telling), "the mail tells the decision (" + telling + "): " + text);
        }
    }

    /** The link of the track's accepted list in CSV, e.g. ieps-2027-M2-admis.csv. */
    private static WebElement acceptedListLink(Browser page) {
        List<WebElement> links = page.all("a[href]");
        return links.stream().filter(l -> l.getAttribute("href").endsWith("-" + LEVEL + "-admis.csv")).findFirst()
                .or(() -> links.stream().filter(l -> {
                    String href = l.getAttribute("href");
                    return href.contains("admis") && !href.contains("non-admis") && href.contains("csv")
                            && (href.contains(LEVEL) || l.getText().contains(LEVEL));
                }).findFirst())
                .orElseThrow(() -> new AssertionError("no link to the " + LEVEL + " accepted list in CSV among "
                        + links.stream().map(l -> l.getAttribute("href")).toList()));
    }

    /** Rows of a CSV with ';' between fields and '"' around those that need it. */
    private static List<List<String>> semicolonSeparated(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The tables hold UTC instants in timestamp columns (hibernate-orm.jdbc.timezone=UTC). */
    private static Instant utc(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
