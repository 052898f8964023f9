package fr.univlorraine.ieps.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.kernel.ActorRef;
import io.quarkus.arc.Arc;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submits a dossier the way a candidate does, in two steps: the dossier form's submit button saves the answers and
 * checks them, then the summary's button submits the dossier at the version the summary showed. Through the service,
 * or through the pages with the current test user's session.
 */
public final class Submissions {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern PIECES = Pattern.compile("name=\"pieces\" value=\"([0-9a-f]+)\"");

    private Submissions() {
    }

    /** Both steps through the service, in French: the first step's errors, or the final submission's outcome. */
    public static ApplicationService.Outcome submit(Long id, ActorRef candidate, ApplicationForm form) {
        ApplicationService.Outcome saved = prepare(id, candidate, form);
        return saved.ok() ? confirm(id, candidate, saved.savedVersion()) : saved;
    }

    /** The form's submit button: the answers saved as the draft, checked; nothing submitted. */
    public static ApplicationService.Outcome prepare(Long id, ActorRef candidate, ApplicationForm form) {
        return service().saveForSubmission(id, candidate, form);
    }

    /** The summary's button, at the version it showed (its pieces are those of the dossier now). */
    public static ApplicationService.Outcome confirm(Long id, ActorRef candidate, long version) {
        return service().submit(id, candidate, version, null, "fr");
    }

    /**
     * Both steps through the pages: the form's submit button must lead to the summary, whose button is then pressed;
     * the answer to that last POST (303 to the status page when submitted).
     */
    public static ValidatableResponse viaPages(Long id, Map<String, ?> form) {
        String dossier = "/candidatures/" + id + "/dossier";
        FormPost.from(dossier).formParams(form).formParam("action", "submit").post(dossier).then().statusCode(303)
                .header("Location", endsWith(summary(id)));
        return confirmViaPage(id, summaryVersion(id));
    }

    /** The summary's button pressed with this version, and the pieces the summary lists now. */
    public static ValidatableResponse confirmViaPage(Long id, long version) {
        String page = given().get(summary(id)).then().extract().asString();
        Matcher pieces = PIECES.matcher(page);
        var post = FormPost.from(summary(id)).formParam("version", version);
        if (pieces.find()) {
            post.formParam("pieces", pieces.group(1));
        }
        return post.post(summary(id)).then();
    }

    /** The version the summary page of the dossier carries in its form. */
    public static long summaryVersion(Long id) {
        String page = given().get(summary(id)).then().statusCode(200).extract().asString();
        Matcher m = VERSION.matcher(page);
        if (!m.find()) {
            throw new AssertionError("No submit button on the summary of dossier " + id + ": " + page);
        }
        return Long.parseLong(m.group(1));
    }

    public static String summary(Long id) {
        return "/candidatures/" + id + "/confirmation";
    }

    private static ApplicationService service() {
        return Arc.container().instance(ApplicationService.class).get();
    }
}
