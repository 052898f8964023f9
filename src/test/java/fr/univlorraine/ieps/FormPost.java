package fr.univlorraine.ieps;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts a form as the current test user's browser would: with the CSRF token of their session, read
 * from a page they may open (the hidden field of a form, or the page's {@code csrf-token} meta tag).
 */
public final class FormPost {

    private static final Pattern FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    private FormPost() {}

    /** The CSRF token on a page the current user opens (fails the test when there is none). */
    public static String token(String page) {
        Response response = given().get(page);
        String body = response.asString();
        for (Pattern pattern : new Pattern[] {FIELD, META}) {
            Matcher m = pattern.matcher(body);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("No CSRF token on " + page + " (status " + response.statusCode() + ")");
    }

    /** A request that carries the token read from {@code page}, without following redirects. */
    public static RequestSpecification from(String page) {
        return given().redirects().follow(false).formParam("csrf-token", token(page));
    }
}
