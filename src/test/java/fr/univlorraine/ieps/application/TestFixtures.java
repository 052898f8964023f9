package fr.univlorraine.ieps.application;

import static io.restassured.RestAssured.given;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared set-up of the application tests: the campaign, a movable clock, CSRF tokens, a complete form. */
final class TestFixtures {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private TestFixtures() {
    }

    /** The campaign the tests apply to (created on first use), and a clock set inside its window. */
    static MutableClock openCampaignClock() {
        Track m1 = track(Level.M1);
        MutableClock clock = new MutableClock(m1.opensAt.plus(Duration.ofDays(1)));
        QuarkusMock.installMockForType(clock, AppClock.class);
        return clock;
    }

    static Track track(Level level) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Campaign.count() == 0) {
                Arc.container().instance(DemoData.class).get().createDemoCampaign();
            }
            return Track.<Track>find("level = ?1 order by id", level).firstResult();
        });
    }

    static Instant afterClosing(Level level) {
        return track(level).closesAt.plusSeconds(1);
    }

    /** The CSRF token of a page the user may open. */
    record Csrf(String token) {
        RequestSpecification post() {
            return given().redirects().follow(false).formParam("csrf-token", token);
        }
    }

    static Csrf csrf(String page) {
        Response response = given().get(page);
        Matcher m = CSRF_INPUT.matcher(response.asString());
        if (!m.find()) {
            throw new AssertionError("No CSRF token on " + page + " (status " + response.statusCode() + ")");
        }
        return new Csrf(m.group(1));
    }

    /** Every field of a complete dossier, as the form sends it. */
    static Map<String, Object> completeForm(long version) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("version", version);
        f.put("entryRoute", "INITIALE");
        f.put("civility", "MME");
        f.put("firstName", "Camille");
        f.put("lastName", "Lefèvre");
        f.put("birthDate", "2002-04-17");
        f.put("nationality", "française");
        f.put("email", "camille.lefevre@example.fr");
        f.put("phone", "06 12 34 56 78");
        f.put("address", "12 rue Serpenoise");
        f.put("postalCode", "57000");
        f.put("city", "Metz");
        f.put("country", "France");
        f.put("degreeTitle", "Licence de sociologie");
        f.put("degreeInstitution", "Université de Lorraine");
        f.put("degreeYear", "2025");
        f.put("degreeGrade", "Assez bien");
        f.put("expJobTitle", "Stagiaire");
        f.put("expOrganisation", "CCAS de Metz");
        f.put("expStartYear", "2024");
        f.put("expEndYear", "2024");
        f.put("expDescription", "Accueil des publics et accompagnement aux démarches.");
        f.put("professionalProject", "Je souhaite devenir chargée de mission dans une collectivité territoriale, "
                + "pour concevoir et évaluer des dispositifs d'accès aux droits. Mon stage au CCAS m'a montré "
                + "l'importance de l'expertise sociologique dans le pilotage de l'action sociale locale.");
        f.put("researchProject", "Je voudrais étudier le non-recours aux droits sociaux des personnes âgées "
                + "vivant en milieu rural, en lien avec la dématérialisation des démarches administratives, "
                + "par une enquête ethnographique auprès de trois communes mosellanes et de leurs services.");
        f.put("themes", "ACCESS_TO_RIGHTS");
        f.put("declarationAccuracy", "on");
        f.put("declarationPrivacy", "on");
        return f;
    }

    /** Creates an application directly through the service, for someone other than the test user. */
    static Application applicationOf(String subject, Level level) {
        Long trackId = track(level).id;
        ApplicationService service = Arc.container().instance(ApplicationService.class).get();
        return service.create(new ActorRef(subject, subject, Actor.CANDIDATE), subject + "@example.fr", trackId,
                EntryRoute.INITIALE, false, "fr");
    }

    /** Gives the dossier every document its checklist requires, as its candidate would (conditional ones: "not concerned"). */
    static void attachRequiredDocuments(Long applicationId, String subject) {
        var documents = Arc.container().instance(fr.univlorraine.ieps.documents.DocumentService.class).get();
        var uploads = Arc.container().instance(fr.univlorraine.ieps.documents.DocumentUploads.class).get();
        try {
            java.nio.file.Path pdf = java.nio.file.Files.createTempFile("ieps-test-", ".pdf");
            java.nio.file.Files.write(pdf, fr.univlorraine.ieps.documents.Fixtures.pdf(2));
            var lines = QuarkusTransaction.requiringNew().call(() -> documents.checklist(Application.findById(applicationId)));
            for (var line : lines) {
                if (line.item().requirement == fr.univlorraine.ieps.documents.Requirement.CONDITIONAL) {
                    uploads.declareNotConcerned(applicationId, subject, line.type().code, "Pas encore d’employeur");
                } else if (line.required()) {
                    uploads.upload(applicationId, subject, line.type().code, pdf, line.type().code + ".pdf");
                }
            }
            java.nio.file.Files.deleteIfExists(pdf);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Application reload(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application app = Application.findById(id);
            app.degrees.size();
            app.experiences.size();
            app.themes.size();
            return app;
        });
    }

    static long eventCount(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.count("application.id", applicationId));
    }

    static long applicationCount(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Application.count("candidateSubject", subject));
    }
}
