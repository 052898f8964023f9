package fr.univlorraine.ieps.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One token per page: the meta tag and every form of a page carry the same token (made once, one HMAC), a
 * new page gets a new one (a fresh nonce, so the token's bytes never repeat). That the token is accepted is
 * ForgedRequestTest's and every form test's subject.
 */
@QuarkusTest
class CsrfTokenPerPageTest {

    private static final Pattern FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    @Test
    @TestSecurity(user = "admin-csrf-page", roles = Roles.ADMIN)
    void theFormsOfOnePageShareOneTokenAndTheNextPageGetsAnother() {
        String first = given().get("/admin/pieces").then().statusCode(200).extract().asString();
        List<String> fields = all(FIELD, first);
        assertTrue(fields.size() >= 2, "the checklist page has several forms: " + fields.size());
        Set<String> onFirstPage = new LinkedHashSet<>(fields);
        onFirstPage.addAll(all(META, first));
        assertEquals(1, onFirstPage.size(), "one token on the page: " + onFirstPage);

        String second = given().get("/admin/pieces").then().statusCode(200).extract().asString();
        Set<String> onSecondPage = new LinkedHashSet<>(all(FIELD, second));
        assertEquals(1, onSecondPage.size());
        assertNotEquals(onFirstPage, onSecondPage, "a fresh nonce per page");
    }

    private static List<String> all(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.results().map(r -> r.group(1)).toList();
    }
}
