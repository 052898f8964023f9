package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.application.TestFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import io.quarkus.mailer.Mail;
import fr.univlorraine.ieps.notification.MailOutbox;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The candidate's journey through the pages: apply, save, submit, follow, withdraw, and bad input. */
@QuarkusTest
class CandidateResourceTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    MailOutbox outbox;

    MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = openCampaignClock();
        outbox.sendDue();
        mailbox.clear();
    }

    private Long create(Level level, String route) {
        Csrf csrf = csrf("/candidatures");
        String location = csrf.post().formParam("trackId", track(level).id).formParam("entryRoute", route)
                .post("/candidatures").then().statusCode(303)
                .header("Location", containsString("/dossier?ok=created")).extract().header("Location");
        return Long.valueOf(location.replaceAll(".*/candidatures/(\\d+)/dossier.*", "$1"));
    }

    private io.restassured.response.ValidatableResponse postForm(Long id, Map<String, Object> form, String action) {
        Csrf csrf = csrf("/candidatures/" + id + "/dossier");
        return csrf.post().formParams(form).formParam("action", action).post("/candidatures/" + id + "/dossier").then();
    }

    @Test
    @TestSecurity(user = "journey-candidate", roles = "candidate")
    void candidateAppliesSavesSubmitsAndFollowsTheStatus() {
        Long id = create(Level.M1, "INITIALE");
        Application draft = reload(id);
        assertEquals(ApplicationStatus.DRAFT, draft.status);
        assertNull(draft.reference);

        // a partial draft is saved as is, and the form shows it again
        postForm(id, Map.of("version", draft.version, "entryRoute", "INITIALE", "firstName", "Camille"), "save")
                .statusCode(303).header("Location", containsString("ok=saved"));
        given().get("/candidatures/" + id + "/dossier?ok=saved").then().statusCode(200)
                .body(containsString("value=\"Camille\""), containsString("Brouillon enregistré"),
                        containsString("data-warn-unsaved")); // the browser asks before leaving unsent changes

        // without its documents the dossier cannot be submitted: the answers are kept as the draft
        postForm(id, completeForm(reload(id).version), "submit").statusCode(400)
                .body(containsString("Des pièces obligatoires manquent"), containsString("href=\"/candidatures/" + id + "/pieces\""),
                        containsString("<li><a href=\"/candidatures/" + id + "/pieces#piece-CV\">Curriculum vitae</a></li>"),
                        containsString("<li><a href=\"/candidatures/" + id + "/pieces#piece-PROJET\">Projet de recherche</a></li>"));
        assertEquals(ApplicationStatus.DRAFT, reload(id).status);

        attachRequiredDocuments(id, "journey-candidate");
        // the form's button saves and leads to the summary; only the summary's button submits
        postForm(id, completeForm(reload(id).version), "submit").statusCode(303)
                .header("Location", endsWith("/candidatures/" + id + "/confirmation"));
        Application checked = reload(id);
        assertEquals(ApplicationStatus.DRAFT, checked.status, "nothing submitted before the summary's button");
        assertEquals("Lefèvre", checked.lastName, "the answers are saved on the way to the summary");
        String summary = given().get(Submissions.summary(id)).then().statusCode(200)
                .body(containsString("Déposer définitivement"), containsString("name=\"version\" value=\"" + checked.version + "\""),
                        containsString("Lefèvre"), containsString("17 avril 2002"), containsString("Licence de sociologie"),
                        containsString("CCAS de Metz"), containsString("non-recours aux droits sociaux"),
                        containsString("<strong>Curriculum vitae</strong>"), containsString("CV.pdf"),
                        containsString("2 pages"), containsString("href=\"/candidatures/" + id + "/dossier\""))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-summary", summary, 2400);
        assertEquals(1, eventCount(id), "still only the creation in the history");
        Submissions.confirmViaPage(id, checked.version).statusCode(303)
                .header("Location", endsWith("/candidatures/" + id + "?ok=submitted"));

        Application submitted = reload(id);
        assertEquals(ApplicationStatus.SUBMITTED, submitted.status);
        assertTrue(submitted.reference.matches("IEPS-2027-M1-\\d{4}"), submitted.reference);
        assertEquals("Lefèvre", submitted.lastName);
        assertEquals(1, submitted.degrees.size());
        assertEquals(1, submitted.experiences.size());
        assertEquals(java.util.Set.of(ResearchTheme.ACCESS_TO_RIGHTS), submitted.themes);
        assertEquals(2, eventCount(id), "creation and submission are in the history");

        given().get("/candidatures/" + id + "?ok=submitted").then().statusCode(200)
                .body(containsString(submitted.reference), containsString("Déposée"),
                        containsString("Votre candidature est déposée"), containsString("Candidature créée"));

        outbox.sendDue();
        List<Mail> mails = mailbox.getMailsSentTo("camille.lefevre@example.fr");
        assertEquals(1, mails.size(), "one receipt, sent after the commit");
        assertTrue(mails.get(0).getSubject().contains(submitted.reference));
        assertTrue(mails.get(0).getText().contains("/candidatures/" + id));

        given().get("/candidatures").then().statusCode(200).body(containsString(submitted.reference));
        given().get("/api/me/applications").then().statusCode(200)
                .body("find { it.id == " + id + " }.reference", org.hamcrest.Matchers.equalTo(submitted.reference))
                .body("find { it.id == " + id + " }.status", org.hamcrest.Matchers.equalTo("SUBMITTED"));

        // once submitted, the dossier is no longer editable
        given().redirects().follow(false).get("/candidatures/" + id + "/dossier").then().statusCode(303)
                .header("Location", endsWith("/candidatures/" + id));
    }

    @Test
    @TestSecurity(user = "english-candidate", roles = "candidate")
    void theJourneyWorksInEnglish() {
        Long id = create(Level.M2, "CONTINUE");
        given().cookie("ieps-lang", "en").get("/candidatures/" + id + "/dossier").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Save draft"),
                        containsString("Review and submit my application"));
        Csrf csrf = csrf("/candidatures/" + id + "/dossier");
        csrf.post().cookie("ieps-lang", "en").formParam("version", reload(id).version).formParam("entryRoute", "CONTINUE")
                .formParam("action", "submit").post("/candidatures/" + id + "/dossier").then().statusCode(400)
                .body(containsString("This field is required."),
                        containsString("For continuing education, give at least one work experience."));
    }

    @Test
    @TestSecurity(user = "funding-candidate", roles = "candidate")
    void continuingEducationSaysHowTheTrainingIsFundedBeforeSubmittingAndTheDraftKeepsIt() {
        Long id = create(Level.M2, "CONTINUE");
        String page = given().get("/candidatures/" + id + "/dossier").then().statusCode(200)
                .body(containsString("<select id=\"funding\" name=\"funding\""), containsString("href=\"#financement\""),
                        containsString("Transitions Pro (projet de transition professionnelle)"))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-form-funding", page, 1400);
        Map<String, Object> form = new java.util.HashMap<>(completeForm(reload(id).version));
        form.put("entryRoute", "CONTINUE");

        // without it the submission is refused, the error linked to the field; the rest is kept as the draft
        postForm(id, form, "submit").statusCode(400)
                .body(containsString("href=\"#funding\""), containsString("id=\"funding-error\""));
        assertNull(reload(id).funding);

        // "other" needs its words; the draft keeps the choice
        form.put("version", reload(id).version);
        form.put("funding", "OTHER");
        postForm(id, form, "save").statusCode(303);
        assertEquals(Funding.OTHER, reload(id).funding);
        form.put("version", reload(id).version);
        String refused = postForm(id, form, "submit").statusCode(400)
                .body(containsString("href=\"#fundingOther\""), not(containsString("href=\"#funding\"")),
                        containsString("<option value=\"OTHER\" selected>"))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-form-funding-other", refused, 1400);

        // given, only the missing pieces stand in the way; the failed submission saved both answers
        form.put("version", reload(id).version);
        form.put("fundingOther", "Région Grand Est");
        postForm(id, form, "submit").statusCode(400)
                .body(not(containsString("href=\"#funding")), containsString("Des pièces obligatoires manquent"));
        Application draft = reload(id);
        assertEquals(Funding.OTHER, draft.funding);
        assertEquals("Région Grand Est", draft.fundingOther);
        assertEquals(ApplicationStatus.DRAFT, draft.status);

        // a choice that is not "other" drops the words
        form.put("version", draft.version);
        form.put("funding", "CPF");
        postForm(id, form, "save").statusCode(303);
        assertEquals(Funding.CPF, reload(id).funding);
        assertNull(reload(id).fundingOther);
        // the summary the candidate reads before submitting lists the answer too
        given().get("/candidatures/" + id + "/confirmation").then().statusCode(200)
                .body(containsString("id=\"answers-funding\""), containsString("Mon compte personnel de formation (CPF)"));
    }

    @Test
    @TestSecurity(user = "no-funding-candidate", roles = "candidate")
    void otherRoutesAreNeverAskedAboutFundingNorKeepOne() {
        Long id = create(Level.M1, "INITIALE");
        given().get("/candidatures/" + id + "/dossier").then().statusCode(200)
                .body(not(containsString("id=\"funding\"")), not(containsString("href=\"#financement\"")));
        Map<String, Object> form = new java.util.HashMap<>(completeForm(reload(id).version));
        postForm(id, form, "submit").statusCode(400).body(not(containsString("href=\"#funding")));

        // a forged funding on another route is not kept
        form.put("version", reload(id).version);
        form.put("funding", "CPF");
        postForm(id, form, "save").statusCode(303);
        assertNull(reload(id).funding);
        // nor a value that is not one of the choices, on any route
        form.put("version", reload(id).version);
        form.put("entryRoute", "CONTINUE");
        form.put("funding", "LOTTERY");
        postForm(id, form, "save").statusCode(400).body(containsString("href=\"#funding\""));
        assertEquals(EntryRoute.INITIALE, reload(id).entryRoute, "nothing saved");
    }

    @Test
    @TestSecurity(user = "rows-candidate", roles = "candidate")
    void degreesAndExperiencesAreAddedAndRemoved() {
        Long id = create(Level.M1, "INITIALE");
        Map<String, Object> form = new java.util.HashMap<>(completeForm(reload(id).version));
        postForm(id, form, "addDegree").statusCode(303).header("Location", containsString("ajout=diplome"));
        given().get("/candidatures/" + id + "/dossier?ajout=diplome").then().statusCode(200)
                .body(containsString("id=\"degreeTitle1\""));

        Csrf csrf = csrf("/candidatures/" + id + "/dossier");
        form.put("version", reload(id).version);
        form.remove("degreeTitle");
        form.remove("degreeInstitution");
        form.remove("degreeYear");
        form.remove("degreeGrade");
        csrf.post().formParams(form)
                .formParam("degreeTitle", "Licence de sociologie", "DEUST Animation")
                .formParam("degreeInstitution", "Université de Lorraine", "Université de Strasbourg")
                .formParam("degreeYear", "2025", "2022").formParam("degreeGrade", "", "")
                .formParam("removeDegree", "0").post("/candidatures/" + id + "/dossier").then().statusCode(303);
        Application app = reload(id);
        assertEquals(1, app.degrees.size());
        assertEquals("DEUST Animation", app.degrees.get(0).title);
    }

    @Test
    @TestSecurity(user = "forged-button-candidate", roles = "candidate")
    void aForgedActionOrLineChangesNothing() {
        Long id = create(Level.M1, "INITIALE");
        Map<String, Object> form = new java.util.HashMap<>(completeForm(reload(id).version));
        postForm(id, form, "save").statusCode(303);
        Application before = reload(id);
        form.put("version", before.version);
        form.put("firstName", "Forgée");
        String page = "/candidatures/" + id + "/dossier";
        List<Map<String, String>> forged = List.of(Map.of("action", "publish"), Map.of("action", "removeDegree-0"),
                Map.of("removeDegree", "1"), Map.of("removeDegree", "-1"), Map.of("removeDegree", "zero"),
                Map.of("removeExperience", "15"), Map.of("removeExperience", "0x1"));
        for (Map<String, String> button : forged) {
            csrf(page).post().formParams(form).formParams(button).post(page).then().statusCode(400)
                    .body(containsString("Demande impossible"), containsString("rien n’a été modifié"));
            Application after = reload(id);
            assertEquals(before.version, after.version, button.toString());
            assertEquals("Camille", after.firstName, button.toString());
            assertEquals(1, after.degrees.size(), button.toString());
            assertEquals(1, after.experiences.size(), button.toString());
        }
        // the real buttons still work
        csrf(page).post().formParams(form).formParam("removeExperience", "0").post(page).then().statusCode(303)
                .header("Location", endsWith("ok=saved#experiences"));
        assertEquals(0, reload(id).experiences.size());
    }

    @Test
    @TestSecurity(user = "ordered-errors-candidate", roles = "candidate")
    void aSubmissionListsItsErrorsInTheOrderOfThePage() {
        Long id = create(Level.M1, "ALTERNANCE");
        Map<String, Object> form = new java.util.HashMap<>(completeForm(reload(id).version));
        form.put("entryRoute", "ALTERNANCE");
        form.remove("declarationPrivacy");
        form.remove("themes");
        form.put("researchProject", "Trop court.");
        form.put("expEndYear", "2020");
        form.put("degreeYear", "1900");
        form.put("phone", "x".repeat(31));
        form.put("email", "camille.lefevre");
        form.remove("lastName");
        String html = postForm(id, form, "submit").statusCode(400).extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-form-errors", html, 2600);
        String summary = html.substring(html.indexOf("class=\"error-summary\""), html.indexOf("</ul>", html.indexOf("error-summary")));
        List<String> fields = java.util.regex.Pattern.compile("href=\"#(\\w+)\"").matcher(summary).results()
                .map(m -> m.group(1)).toList();
        assertEquals(List.of("lastName", "email", "phone", "degreeYear0", "expEndYear0", "researchProject", "themes",
                "employerStatus", "declarationPrivacy", "documents"), fields);
        assertTrue(summary.contains("Année d’obtention (1)"), "rows are counted from 1: " + summary);
        assertTrue(summary.contains("30 caractères au maximum."), "too long before not a phone number: " + summary);
    }

    @Test
    @TestSecurity(user = "incomplete-candidate", roles = "candidate")
    void anIncompleteSubmissionShowsEveryMissingFieldKeepsTheAnswersInTheDraftAndSubmitsNothing() {
        Long id = create(Level.M1, "ALTERNANCE");
        Application before = reload(id);
        long events = eventCount(id);
        Map<String, Object> form = new java.util.HashMap<>(completeForm(before.version));
        form.put("entryRoute", "ALTERNANCE");
        form.remove("lastName");
        form.remove("declarationPrivacy");
        form.put("researchProject", "Trop court.");
        String page = postForm(id, form, "submit").statusCode(400)
                .body(containsString("class=\"error-summary\""), containsString("href=\"#lastName\""),
                        containsString("href=\"#declarationPrivacy\""), containsString("href=\"#researchProject\""),
                        containsString("href=\"#employerStatus\""), containsString("Ce champ est obligatoire."),
                        containsString("au moins 200 caractères"),
                        containsString("Vos réponses sont enregistrées dans le brouillon, mais le dossier n’est pas encore déposé"),
                        // every value typed is kept
                        containsString("value=\"Camille\""), containsString("Trop court."))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-kept-not-submitted", page, 1000);
        Application after = reload(id);
        assertEquals(ApplicationStatus.DRAFT, after.status, "nothing submitted");
        assertNull(after.reference);
        assertEquals("Camille", after.firstName, "the answers are the draft now");
        assertEquals("Trop court.", after.researchProject);
        assertEquals(events, eventCount(id), "no history line");
        assertTrue(page.contains("name=\"version\" value=\"" + after.version + "\""),
                "the page goes on from the draft's new version, so the next try is not \"changed by someone else\"");
        outbox.sendDue();
        assertTrue(mailbox.getMailsSentTo("camille.lefevre@example.fr").isEmpty(), "no receipt");

        // corrected from that page, it is saved again without a conflict
        form.put("version", after.version);
        form.put("lastName", "Lefèvre");
        postForm(id, form, "save").statusCode(303);
        assertEquals("Lefèvre", reload(id).lastName);
    }

    @Test
    @TestSecurity(user = "malformed-candidate", roles = "candidate")
    void aSubmissionWithAMalformedValueSavesNothingAndShowsWhatWasTyped() {
        Long id = create(Level.M1, "INITIALE");
        Application before = reload(id);
        Map<String, Object> form = new java.util.HashMap<>(completeForm(before.version));
        form.put("email", "camille.lefevre");
        postForm(id, form, "submit").statusCode(400).body(containsString("value=\"camille.lefevre\""),
                not(containsString("Vos réponses sont enregistrées")));
        Application after = reload(id);
        assertNull(after.firstName, "a value the draft cannot hold: nothing saved");
        assertEquals(before.version, after.version);
    }

    @Test
    @TestSecurity(user = "long-candidate", roles = "candidate")
    void tooLongFieldsAreRefusedWithAMessageAndNothingIsSaved() {
        Long id = create(Level.M1, "INITIALE");
        Application before = reload(id);
        Map<String, Object> form = new java.util.HashMap<>(completeForm(before.version));
        form.put("firstName", "x".repeat(101));
        form.put("researchProject", "y".repeat(5001));
        postForm(id, form, "save").statusCode(400)
                .body(containsString("100 caractères au maximum."), containsString("5 000 caractères au maximum."));
        Application after = reload(id);
        assertNull(after.firstName);
        assertNull(after.researchProject);
        assertEquals(before.version, after.version);
    }

    @Test
    @TestSecurity(user = "late-candidate", roles = "candidate")
    void submissionAfterTheClosingDateIsRefusedByTheServer() {
        Long id = create(Level.M1, "INITIALE");
        long version = reload(id).version;
        clock.set(afterClosing(Level.M1));
        postForm(id, completeForm(version), "submit").statusCode(409)
                .body(containsString("La date limite de dépôt est passée"));
        Application after = reload(id);
        assertEquals(ApplicationStatus.DRAFT, after.status);
        assertNull(after.reference);
        assertNull(after.lastName);
        assertEquals(1, eventCount(id));
    }

    @Test
    @TestSecurity(user = "late-saver", roles = "candidate")
    void aDraftAfterTheClosingSaysSoAndASaveIsRefusedOnTheFormWithWhatWasTyped() {
        Long id = create(Level.M1, "INITIALE");
        long version = reload(id).version;
        Map<String, Object> typed = completeForm(version);
        typed.put("lastName", "Tardif-Lefèvre");
        Csrf csrf = csrf("/candidatures/" + id + "/dossier");
        clock.set(afterClosing(Level.M1));

        given().get("/candidatures/" + id + "/dossier").then().statusCode(200)
                .body(containsString("sont closes depuis le"), containsString("<fieldset class=\"frozen\" disabled>"),
                        not(containsString("value=\"submit\"")));
        given().get("/candidatures/" + id).then().statusCode(200).body(containsString("sont closes depuis le"));
        given().cookie("ieps-lang", "en").get("/candidatures/" + id + "/dossier").then().statusCode(200)
                .body(containsString("Applications at this level closed on"));

        String page = csrf.post().formParams(typed).formParam("action", "save").post("/candidatures/" + id + "/dossier")
                .then().statusCode(409).body(containsString("href=\"#deadline\""),
                        containsString("La date limite de dépôt est passée"), containsString("value=\"Tardif-Lefèvre\""))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-closed-draft", page, 1100);
        Application after = reload(id);
        assertNull(after.lastName, "nothing saved");
        assertEquals(version, after.version);
    }

    @Test
    @TestSecurity(user = "deadline-watcher", roles = "candidate")
    void theLastWeekAndTheLastDayAreAnnouncedWithTheTimeLeft() {
        Long id = create(Level.M1, "INITIALE");
        java.time.Instant closes = track(Level.M1).closesAt;
        String dossier = "/candidatures/" + id + "/dossier";

        clock.set(closes.minus(java.time.Duration.ofDays(8)));
        given().get(dossier).then().statusCode(200).body(not(containsString("id=\"deadline\"")));
        clock.set(closes.minus(java.time.Duration.ofDays(3)));
        given().get(dossier).then().statusCode(200).body(containsString("dans 3 jours"));
        given().get("/candidatures/" + id).then().statusCode(200).body(containsString("dans 3 jours"));
        clock.set(closes.minus(java.time.Duration.ofDays(3)).minusSeconds(1));
        given().get(dossier).then().statusCode(200).body(containsString("dans 4 jours"));
        clock.set(closes.minus(java.time.Duration.ofMinutes(125)));
        String lastDay = given().get(dossier).then().statusCode(200).body(containsString("Il reste 2\u00a0h 5\u00a0min."),
                containsString("value=\"submit\"")).extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-last-day", lastDay, 900);
        given().cookie("ieps-lang", "en").get(dossier).then().statusCode(200).body(containsString("Time left: 2\u00a0h 5\u00a0min."));
        clock.set(closes.minusSeconds(30));
        given().get(dossier).then().statusCode(200).body(containsString("Il reste moins d’une minute."));
    }

    @Test
    @TestSecurity(user = "late-starter", roles = "candidate")
    void noApplicationStartsAfterTheClosingDate() {
        Csrf csrf = csrf("/candidatures");
        clock.set(afterClosing(Level.M2));
        csrf.post().formParam("trackId", track(Level.M2).id).formParam("entryRoute", "INITIALE")
                .post("/candidatures").then().statusCode(400).body(containsString("La date limite de dépôt est passée"));
        assertEquals(0, applicationCount("late-starter"));
    }

    @Test
    @TestSecurity(user = "twice-candidate", roles = "candidate")
    void aCandidateHasAtMostOneLiveApplicationPerTrack() {
        Long first = create(Level.M2, "INITIALE");
        Csrf csrf = csrf("/candidatures");
        csrf.post().formParam("trackId", track(Level.M2).id).formParam("entryRoute", "CONTINUE")
                .post("/candidatures").then().statusCode(400)
                .body(containsString("Vous avez déjà une candidature en cours pour ce niveau."));
        assertEquals(1, applicationCount("twice-candidate"));
        given().get("/candidatures").then().statusCode(200)
                .body(not(containsString("name=\"trackId\" value=\"" + track(Level.M2).id + "\"")),
                        containsString("name=\"trackId\" value=\"" + track(Level.M1).id + "\""));

        // the other level is still possible, and so is a new one once the first is withdrawn
        create(Level.M1, "INITIALE");
        csrf("/candidatures/" + first).post().formParam("reason", "Je change de projet")
                .post("/candidatures/" + first + "/retrait").then().statusCode(303);
        create(Level.M2, "CONTINUE");
        assertEquals(3, applicationCount("twice-candidate"));
    }

    @Test
    @TestSecurity(user = "curious-candidate", roles = "candidate")
    void anotherCandidatesApplicationAnswers404AndStaysUntouched() {
        Application other = applicationOf("someone-else", Level.M1);
        long version = reload(other.id).version;
        given().get("/candidatures/" + other.id).then().statusCode(404).body(containsString("Page introuvable"));
        given().get("/candidatures/" + other.id + "/dossier").then().statusCode(404);
        Csrf csrf = csrf("/candidatures");
        csrf.post().formParams(completeForm(version)).formParam("action", "submit")
                .post("/candidatures/" + other.id + "/dossier").then().statusCode(404);
        csrf.post().post("/candidatures/" + other.id + "/retrait").then().statusCode(404);
        given().get("/api/me/applications").then().statusCode(200)
                .body(not(containsString("\"id\":" + other.id + ",")));
        Application after = reload(other.id);
        assertEquals(ApplicationStatus.DRAFT, after.status);
        assertNull(after.lastName);
        assertEquals(version, after.version);
    }

    @Test
    @TestSecurity(user = "csrf-candidate", roles = "candidate")
    void formsWithoutAValidCsrfTokenAreRefused() {
        Long trackId = track(Level.M1).id;
        given().redirects().follow(false).formParam("trackId", trackId).formParam("entryRoute", "INITIALE")
                .post("/candidatures").then().statusCode(403)
                .body(containsString("Formulaire refusé"), containsString("Rien n’a été enregistré"));
        given().redirects().follow(false).formParam("csrf-token", "forged")
                .formParam("trackId", trackId).formParam("entryRoute", "INITIALE")
                .post("/candidatures").then().statusCode(403);
        assertEquals(0, applicationCount("csrf-candidate"));
    }

    @Test
    @TestSecurity(user = "forging-candidate", roles = "candidate")
    void fieldsTheFormDoesNotHaveAreIgnored() {
        Long id = create(Level.M1, "INITIALE");
        Map<String, Object> form = new java.util.HashMap<>(completeForm(reload(id).version));
        form.put("status", "ADMITTED");
        form.put("reference", "IEPS-2027-M1-9999");
        form.put("candidateSubject", "someone-else");
        postForm(id, form, "save").statusCode(303);
        Application app = reload(id);
        assertEquals(ApplicationStatus.DRAFT, app.status);
        assertNull(app.reference);
        assertEquals("forging-candidate", app.candidateSubject);
    }

    @Test
    @TestSecurity(user = "withdrawing-candidate", roles = "candidate")
    void aCandidateWithdrawsWithAReason() {
        Long id = create(Level.M1, "INITIALE");
        attachRequiredDocuments(id, "withdrawing-candidate");
        Submissions.viaPages(id, completeForm(reload(id).version)).statusCode(303);
        outbox.sendDue();
        mailbox.clear();
        csrf("/candidatures/" + id).post().formParam("reason", "J'ai été admise dans un autre master")
                .post("/candidatures/" + id + "/retrait").then().statusCode(303)
                .header("Location", endsWith("?ok=withdrawn"));
        Application app = reload(id);
        assertEquals(ApplicationStatus.WITHDRAWN, app.status);
        assertNull(app.liveTrackId);
        given().get("/candidatures/" + id).then().statusCode(200)
                .body(containsString("Retirée"), containsString("J&#39;ai été admise dans un autre master"),
                        not(containsString("Retirer ma candidature</button>")));
        outbox.sendDue();
        assertEquals(1, mailbox.getMailsSentTo("camille.lefevre@example.fr").size());
        // withdrawing twice is not a transition the machine knows
        csrf("/candidatures").post().post("/candidatures/" + id + "/retrait").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "long-reason-candidate", roles = "candidate")
    void aTooLongWithdrawalReasonIsRefused() {
        Long id = create(Level.M1, "INITIALE");
        csrf("/candidatures/" + id).post().formParam("reason", "r".repeat(1001))
                .post("/candidatures/" + id + "/retrait").then().statusCode(400)
                .body(containsString("1 000 caractères au maximum."));
        assertEquals(ApplicationStatus.DRAFT, reload(id).status);
    }

    @Test
    @TestSecurity(user = "two-tabs-candidate", roles = "candidate")
    void aSaveFromAnOutdatedPageIsRefused() {
        Long id = create(Level.M1, "INITIALE");
        long version = reload(id).version;
        postForm(id, Map.of("version", version, "entryRoute", "INITIALE", "firstName", "Onglet 1"), "save").statusCode(303);
        postForm(id, Map.of("version", version, "entryRoute", "INITIALE", "firstName", "Onglet 2"), "save").statusCode(409)
                .body(containsString("modifié dans un autre onglet"), containsString("value=\"Onglet 2\""));
        assertEquals("Onglet 1", reload(id).firstName);
    }

    @Test
    @TestSecurity(user = "reference-candidate", roles = "candidate")
    void referencesFollowEachOtherWithinATrack() {
        Long mine = create(Level.M2, "INITIALE");
        attachRequiredDocuments(mine, "reference-candidate");
        Submissions.viaPages(mine, completeForm(reload(mine).version)).statusCode(303);
        String first = reload(mine).reference;

        Application other = applicationOf("reference-other", Level.M2);
        submitThroughService(other.id, "reference-other");
        String second = reload(other.id).reference;

        assertTrue(first.matches("IEPS-2027-M2-\\d{4}"), first);
        assertEquals(Integer.parseInt(first.substring(13)) + 1, Integer.parseInt(second.substring(13)), second);
    }

    static void submitThroughService(Long id, String subject) {
        attachRequiredDocuments(id, subject);
        var params = new jakarta.ws.rs.core.MultivaluedHashMap<String, String>();
        completeForm(reload(id).version).forEach((k, v) -> params.add(k, String.valueOf(v)));
        var outcome = Submissions.submit(id, new ActorRef(subject, subject, Actor.CANDIDATE), ApplicationForms.bind(params));
        assertTrue(outcome.ok(), () -> outcome.errors().all().toString());
    }
}
