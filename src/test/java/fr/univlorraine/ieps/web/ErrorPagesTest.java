package fr.univlorraine.ieps.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import fr.univlorraine.ieps.FormPost;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Requests the framework refuses get a page in the person's language, never a bare status. */
@QuarkusTest
class ErrorPagesTest {

    @Test
    @TestSecurity(user = "error-pages", roles = "candidate")
    void aWrongMethodGetsAPage() {
        given().get("/candidatures/1/retrait").then().statusCode(405)
                .body(containsString("<h1>Demande impossible</h1>"), containsString("rien n’a été modifié"));
    }

    @Test
    @TestSecurity(user = "error-pages", roles = "candidate")
    void aFormOfTheWrongKindGetsAPageInEnglishToo() {
        // a valid token, but a plain form where the upload takes multipart: refused by content negotiation
        String page = FormPost.from("/contact").cookie("ieps-lang", "en").formParam("file", "x")
                .post("/candidatures/1/pieces/CV").then().statusCode(415)
                .body(containsString("<h1>Request not possible</h1>"), containsString("nothing was changed"))
                .extract().asString();
        Screenshots.take("error-415-en", page, 700);
    }

    @Test
    @TestSecurity(user = "error-pages", roles = "candidate")
    void aForgedFormGetsThePageThatSaysWhatToDo() {
        String page = given().redirects().follow(false).contentType("text/plain").body("csrf-token=x")
                .post("/candidatures").then().statusCode(403)
                .body(containsString("<h1>Formulaire refusé</h1>"), containsString("Rien n’a été enregistré"))
                .extract().asString();
        Screenshots.take("error-csrf-fr", page, 700);
    }
}
