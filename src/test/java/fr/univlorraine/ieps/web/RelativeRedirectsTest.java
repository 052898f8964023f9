package fr.univlorraine.ieps.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Redirects name a path of this site, never a host taken from the request's Host header. */
@QuarkusTest
class RelativeRedirectsTest {

    @Test
    void aForgedHostHeaderIsNotReflectedInTheRedirect() {
        given().redirects().follow(false).header("Host", "evil.example.org").get("/langue/en?retour=/contact")
                .then().statusCode(303).header("Location", equalTo("/contact"));
    }

    @Test
    void theQueryAndFragmentOfTheTargetAreKept() {
        given().redirects().follow(false).header("Host", "evil.example.org").queryParam("retour", "/candidatures?ok=1#x")
                .get("/langue/fr").then().statusCode(303).header("Location", equalTo("/candidatures?ok=1#x"));
    }

    @Test
    @TestSecurity(user = "redirect-candidate", roles = "candidate")
    void aSignedInPersonsRedirectIsAPathToo() {
        given().redirects().follow(false).header("Host", "evil.example.org").get("/connexion")
                .then().statusCode(303).header("Location", equalTo("/candidatures"));
    }
}
