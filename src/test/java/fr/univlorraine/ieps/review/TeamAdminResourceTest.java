package fr.univlorraine.ieps.review;

import static fr.univlorraine.ieps.review.AdminFixtures.post;
import static fr.univlorraine.ieps.review.AdminFixtures.reload;
import static fr.univlorraine.ieps.review.AdminFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin keeps the teaching team: adds, edits, deactivates members; nobody else can. */
@QuarkusTest
class TeamAdminResourceTest {

    @BeforeEach
    void campaign() {
        AdminFixtures.campaign();
    }

    private static long memberCount() {
        return QuarkusTransaction.requiringNew().call(() -> TeamMember.count());
    }

    private static RequestSpecification validMember(RequestSpecification form, String name, String email) {
        return form.formParam("fullName", name).formParam("email", email).formParam("memberThemes", "AGEING")
                .formParam("maxDossiers", "8").formParam("active", "on");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminAddsAMemberThenEditsAndDeactivatesIt() {
        given().get("/admin/equipe").then().statusCode(200)
                .body(containsString("<h1>Équipe pédagogique</h1>"), containsString("Hervé Levilain"),
                        containsString("herve.levilain@univ-lorraine.fr"), containsString("href=\"/admin/equipe/nouveau\""));
        Screenshots.take("admin-team-new-form", given().get("/admin/equipe/nouveau").asString(), 1300);
        String local = unique("claire.test");
        long audited = teamChanges();

        post("/admin/equipe/nouveau").formParam("fullName", "  Claire Test ").formParam("email", " " + local.toUpperCase() + "@Univ-Lorraine.FR ")
                .formParam("memberThemes", "AGEING").formParam("memberThemes", "POVERTY").formParam("maxDossiers", "8")
                .formParam("active", "on").post("/admin/equipe")
                .then().statusCode(303).header("Location", endsWith("/admin/equipe?ok=added"));
        TeamMember added = QuarkusTransaction.requiringNew().call(() -> TeamMember.byEmail(local + "@univ-lorraine.fr")
                .map(m -> reload(m.id)).orElseThrow());
        assertEquals(audited + 1, teamChanges(), "the addition is one line of the audit trail");
        assertEquals("Claire Test", added.fullName);
        assertEquals(local + "@univ-lorraine.fr", added.email, "stored trimmed and in lower case");
        assertEquals(EnumSet.of(ResearchTheme.AGEING, ResearchTheme.POVERTY), added.themes);
        assertEquals(8, added.maxDossiers);
        assertTrue(added.active);
        assertNull(added.accountSubject);
        String page = given().get("/admin/equipe?ok=added").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Le membre est ajouté."), page);
        assertTrue(page.contains("Claire Test"), page);
        Screenshots.take("admin-team", page, 1500);

        given().get("/admin/equipe/" + added.id).then().statusCode(200)
                .body(containsString("value=\"" + local + "@univ-lorraine.fr\""), containsString("value=\"AGEING\" id=\"theme-AGEING\" checked"),
                        containsString("value=\"8\""));
        post("/admin/equipe/" + added.id).formParam("version", added.version).formParam("fullName", "Claire Test-Martin")
                .formParam("email", local + "@univ-lorraine.fr").formParam("memberThemes", "DISABILITY").formParam("maxDossiers", "0")
                .post("/admin/equipe/" + added.id)
                .then().statusCode(303).header("Location", endsWith("/admin/equipe?ok=saved"));
        TeamMember edited = reload(added.id);
        assertEquals("Claire Test-Martin", edited.fullName);
        assertEquals(EnumSet.of(ResearchTheme.DISABILITY), edited.themes);
        assertEquals(0, edited.maxDossiers);
        assertFalse(edited.active, "an unchecked box deactivates: the member stays, with their reviews");
        given().get("/admin/equipe").then().body(containsString("Claire Test-Martin"), containsString("Désactivé"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void duplicateEmailIsRefusedAndNothingIsWritten() {
        long before = memberCount();
        long audited = teamChanges();
        String page = validMember(post("/admin/equipe/nouveau"), "Hervé Bis", "HERVE.LEVILAIN@univ-lorraine.fr")
                .post("/admin/equipe").then().statusCode(400).extract().asString();
        assertEquals(audited, teamChanges(), "a refused change is no line of the audit trail");
        assertTrue(page.contains("Cette adresse est déjà celle d’un autre membre de l’équipe."), page);
        assertTrue(page.contains("role=\"alert\""), "the error summary is shown");
        assertTrue(page.contains("aria-invalid=\"true\""), page);
        assertTrue(page.contains("value=\"Hervé Bis\""), "what was typed comes back");
        assertEquals(before, memberCount());

        Long other = AdminFixtures.member("Autre Membre", unique("autre") + "@univ-lorraine.fr", null, false);
        TeamMember kept = reload(other);
        validMember(post("/admin/equipe/" + other), "Autre Membre", "herve.levilain@univ-lorraine.fr")
                .formParam("version", kept.version).post("/admin/equipe/" + other).then().statusCode(400)
                .body(containsString("Cette adresse est déjà celle d’un autre membre de l’équipe."));
        TeamMember after = reload(other);
        assertEquals(kept.email, after.email);
        assertEquals(kept.maxDossiers, after.maxDossiers, "nothing of the form was written");
        assertEquals(kept.version, after.version);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void changingTheEmailOfALinkedMemberUnlinksItsAccount() {
        String subject = unique("sub-");
        Long id = AdminFixtures.member("Membre Relié", unique("relie") + "@univ-lorraine.fr", subject, false);
        TeamMember before = reload(id);
        given().get("/admin/equipe/" + id).then().statusCode(200)
                .body(containsString("Compte de connexion : relié."), containsString("le compte est détaché"));

        // same address, another name: the link stays
        post("/admin/equipe/" + id).formParam("version", before.version).formParam("fullName", "Membre Relié Bis")
                .formParam("email", before.email.toUpperCase()).formParam("maxDossiers", "10")
                .post("/admin/equipe/" + id).then().statusCode(303).header("Location", endsWith("ok=saved"));
        TeamMember renamed = reload(id);
        assertEquals(subject, renamed.accountSubject);

        String newEmail = unique("nouvelle") + "@univ-lorraine.fr";
        post("/admin/equipe/" + id).formParam("version", renamed.version).formParam("fullName", "Membre Relié Bis")
                .formParam("email", newEmail).formParam("maxDossiers", "10")
                .post("/admin/equipe/" + id).then().statusCode(303).header("Location", endsWith("/admin/equipe?ok=unlinked"));
        TeamMember moved = reload(id);
        assertEquals(newEmail, moved.email);
        assertNull(moved.accountSubject, "the new address links at the next login");
        given().get("/admin/equipe?ok=unlinked").then()
                .body(containsString("le compte de connexion est détaché, la nouvelle adresse sera reliée"));
        given().get("/admin/equipe/" + id).then().body(containsString("Compte de connexion : pas encore relié."));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void memberChangedSinceThePageWasShownIsNotOverwritten() {
        Long id = AdminFixtures.member("Membre Concurrent", unique("concurrent") + "@univ-lorraine.fr", null, false);
        TeamMember shown = reload(id);
        validMember(post("/admin/equipe/" + id), "Premier Admin", shown.email).formParam("version", shown.version)
                .post("/admin/equipe/" + id).then().statusCode(303);
        validMember(post("/admin/equipe/" + id), "Second Admin", shown.email).formParam("version", shown.version)
                .post("/admin/equipe/" + id).then().statusCode(409);
        assertEquals("Premier Admin", reload(id).fullName);
        // validMember activated it: leave it inactive, out of the automatic assignment of other tests
        QuarkusTransaction.requiringNew().run(() -> TeamMember.<TeamMember>findById(id).active = false);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aWrongNumberComesBackAsTypedAndAForgedVersionChangesNothing() {
        Long id = AdminFixtures.member("Membre Forgé", unique("forge") + "@univ-lorraine.fr", null, false);
        TeamMember before = reload(id);
        post("/admin/equipe/" + id).formParam("fullName", "Nom Forgé").formParam("email", before.email)
                .formParam("maxDossiers", "1e3").formParam("publicPosition", "0x10").formParam("version", before.version)
                .post("/admin/equipe/" + id).then().statusCode(400).body(containsString("value=\"1e3\""), containsString("value=\"0x10\""),
                        containsString("Un nombre entier de 0 à 500."), containsString("Indiquez un nombre entier de 0 à 999."));
        validMember(post("/admin/equipe/" + id), "Nom Forgé", before.email).formParam("version", "douze")
                .post("/admin/equipe/" + id).then().statusCode(409);
        TeamMember after = reload(id);
        assertEquals("Membre Forgé", after.fullName);
        assertEquals(before.version, after.version);
        assertFalse(after.active);
        AdminFixtures.deleteMember(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fullName | ' '                          | Ce champ est obligatoire.",
            "fullName | LONG201                      | 200 caractères au maximum.",
            "email    | ' '                          | Ce champ est obligatoire.",
            "email    | pas-une-adresse              | Saisissez une adresse électronique valide",
            "email    | LONGMAIL                     | 254 caractères au maximum.",
            "maxDossiers | 501                       | Un nombre entier de 0 à 500.",
            "maxDossiers | -1                        | Un nombre entier de 0 à 500.",
            "maxDossiers | douze                     | Un nombre entier de 0 à 500.",
            "memberThemes | WIZARDRY                 | Choisissez parmi les thèmes proposés.",
            "publicTitleFr | LONG301                 | 300 caractères au maximum.",
            "publicResearchEn | LONG501              | 500 caractères au maximum.",
            "publicPosition | premier                | Indiquez un nombre entier de 0 à 999.",
            "publicPosition | 1000                   | Indiquez un nombre entier de 0 à 999.",
            "shownPublicly | on                      | Indiquez au moins un titre pour présenter ce membre"})
    @TestSecurity(user = "admin", roles = "admin")
    void badMemberFormIsShownAgainWithItsErrorAndNothingIsWritten(String field, String value, String message) {
        String typed = switch (value) {
            case "LONG201" -> "a".repeat(201);
            case "LONGMAIL" -> "a".repeat(250) + "@univ-lorraine.fr";
            case "LONG301" -> "a".repeat(301);
            case "LONG501" -> "a".repeat(501);
            default -> value;
        };
        long before = memberCount();
        var form = post("/admin/equipe/nouveau");
        for (String name : List.of("fullName", "email", "maxDossiers")) {
            String ok = switch (name) {
                case "fullName" -> "Nom Correct";
                case "email" -> unique("correct") + "@univ-lorraine.fr";
                default -> "5";
            };
            form.formParam(name, name.equals(field) ? typed : ok);
        }
        if (field.equals("memberThemes")) {
            form.formParam("memberThemes", "AGEING").formParam("memberThemes", typed);
        } else if (field.startsWith("public") || field.equals("shownPublicly")) {
            form.formParam(field, typed);
        }
        String page = form.post("/admin/equipe").then().statusCode(400).extract().asString();
        assertTrue(page.contains(message), page);
        String anchor = field.equals("shownPublicly") ? "publicTitleFr" : field;
        assertTrue(page.contains("href=\"#" + anchor + "\""), "the summary links to the field");
        if (typed.equals("pas-une-adresse")) {
            Screenshots.take("admin-member-errors", page, 2000);
        }
        assertEquals(before, memberCount());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void thePublicPageShowsTheTeamAsTheAdminKeepsIt() {
        // the brochure's team comes with the schema, in its order, with titles in both languages
        String home = given().get("/").then().statusCode(200).extract().asString();
        assertTrue(home.contains("<h3>Hervé Levilain</h3>"), home);
        assertTrue(home.contains("Responsable pédagogique du Master 2"), "the title from the database");
        assertTrue(home.indexOf("Hervé Levilain") < home.indexOf("Sabrina Sinigaglia-Amadio"), "in the brochure's order");
        assertTrue(given().cookie("ieps-lang", "en").get("/").asString().contains("Head of Master 2, professor of sociology"));

        String name = unique("Public Membre ");
        post("/admin/equipe/nouveau").formParam("fullName", name).formParam("email", unique("public") + "@univ-lorraine.fr")
                .formParam("maxDossiers", "3").formParam("shownPublicly", "on").formParam("publicTitleFr", "Sociologue invitée")
                .formParam("publicTitleEn", "Visiting sociologist").formParam("publicResearchFr", "Sociologie des âges")
                .formParam("publicResearchEn", "Sociology of age").formParam("publicPosition", "0")
                .post("/admin/equipe").then().statusCode(303);
        home = given().get("/").asString();
        assertTrue(home.contains("<h3>" + name + "</h3>") && home.contains("Sociologue invitée")
                && home.contains("Sociologie des âges"), "the admin's member is on the public page");
        assertTrue(home.indexOf(name) < home.indexOf("Hervé Levilain"), "position 0 comes first");
        assertTrue(given().cookie("ieps-lang", "en").get("/").asString().contains("Visiting sociologist"));

        TeamMember added = QuarkusTransaction.requiringNew().call(() -> TeamMember.<TeamMember>find("fullName", name).firstResult());
        post("/admin/equipe/" + added.id).formParam("version", added.version).formParam("fullName", name)
                .formParam("email", added.email).formParam("maxDossiers", "3").formParam("publicTitleFr", "Sociologue invitée")
                .formParam("publicPosition", "0").post("/admin/equipe/" + added.id).then().statusCode(303);
        assertFalse(given().get("/").asString().contains(name), "no longer shown once unticked");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void loadCountsTheLatestCampaignsReviewsWithoutConflicts() {
        Long id = AdminFixtures.member("Membre Chargé", unique("charge") + "@univ-lorraine.fr", null, false);
        Long assigned = AdminFixtures.review(id, ReviewStatus.ASSIGNED);
        Long conflict = AdminFixtures.review(id, ReviewStatus.CONFLICT);
        try {
            String page = given().get("/admin/equipe").then().statusCode(200).extract().asString();
            String row = page.substring(page.indexOf("id=\"membre-" + id + "\""));
            row = row.substring(0, row.indexOf("</tr>"));
            assertTrue(row.contains("1 / 10"), row);
            given().get("/admin/equipe/" + id).then().body(containsString(" : 1."));
        } finally {
            AdminFixtures.deleteReview(assigned);
            AdminFixtures.deleteReview(conflict);
            AdminFixtures.deleteMember(id);
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void teamPageIsInEnglishToo() {
        given().cookie("ieps-lang", "en").get("/admin/equipe").then().statusCode(200)
                .body(containsString("<h1>Teaching team</h1>"), containsString("Add a member"), not(containsString("Ajouter un membre")));
        Screenshots.take("admin-team-en", given().cookie("ieps-lang", "en").get("/admin/equipe").asString(), 900);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void unknownMemberIsNotFound() {
        given().get("/admin/equipe/999999999").then().statusCode(404);
        validMember(post("/admin/equipe/nouveau"), "Personne", unique("personne") + "@univ-lorraine.fr")
                .post("/admin/equipe/999999999").then().statusCode(404);
    }

    // --- nobody but the admin -------------------------------------------------------------------

    @Test
    @TestSecurity(user = "relecteur", roles = "reviewer")
    void reviewerIsRefused() {
        assertRefused();
    }

    @Test
    @TestSecurity(user = "responsable", roles = "head")
    void headIsRefused() {
        assertRefused();
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void secretariatIsRefused() {
        assertRefused();
    }

    @Test
    @TestSecurity(user = "candidat", roles = "candidate")
    void candidateIsRefused() {
        assertRefused();
    }

    @Test
    void anonymousIsSentToLogIn() {
        for (String path : List.of("/admin/equipe", "/admin/equipe/nouveau", "/admin/equipe/1")) {
            given().redirects().follow(false).get(path).then().statusCode(302);
        }
    }

    private static void assertRefused() {
        for (String path : List.of("/admin/equipe", "/admin/equipe/nouveau", "/admin/equipe/1")) {
            given().get(path).then().statusCode(403).body(not(containsString("herve.levilain")));
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theAdminInvitesAMemberWhoNeverSignedInOnceADay() {
        String subject = ReviewFixtures.unique("admin-remind");
        Long id = ReviewFixtures.member(subject);
        QuarkusTransaction.requiringNew().run(() -> TeamMember.<TeamMember>findById(id).accountSubject = null);
        String email = subject + "@univ.example";
        post("/admin/equipe").post("/admin/equipe/" + id + "/rappel").then().statusCode(303)
                .header("Location", endsWith("/admin/equipe?ok=reminded#membre-" + id));
        post("/admin/equipe").post("/admin/equipe/" + id + "/rappel").then().statusCode(409)
                .body(containsString("il y a moins de 24 heures"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.notification.OutboxMail.count(
                "recipient = ?1 and kind = ?2", email, fr.univlorraine.ieps.notification.ApplicationMail.Kind.STAFF_SIGN_IN)));
    }

    private static long teamChanges() {
        return QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.audit.AuditEvent.count(
                "action = 'TEAM_CHANGED' and actorSubject = 'admin'"));
    }
}
