package fr.univlorraine.ieps.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * The name and e-mail of a person signed in with a token of the login server, read from the token's own claims
 * (a standard claim such as "email" and one that is not, such as "name"), with the fallbacks the header shows.
 */
class CurrentUserTest {

    private static CurrentUser signedIn(Map<String, Object> claims) {
        var jwt = new JwtClaims();
        jwt.setSubject("3f1c9a2e-subject");
        claims.forEach(jwt::setClaim);
        var user = new CurrentUser();
        // the subject names the principal, as quarkus.oidc.token.principal-claim=sub has it
        user.identity = QuarkusSecurityIdentity.builder().setPrincipal(new OidcJwtCallerPrincipal(jwt, null, "sub")).build();
        return user;
    }

    @Test
    void theNameComesFromTheTokensNameClaim() {
        CurrentUser user = signedIn(Map.of("name", "Zoé N'Diaye", "preferred_username", "zndiaye", "email", "zoe@exemple.fr"));
        assertEquals("Zoé N'Diaye", user.displayName());
        assertEquals("zoe@exemple.fr", user.email());
        assertEquals("3f1c9a2e-subject", user.subject());
    }

    @Test
    void withoutANameTheLoginThenTheEmailThenTheSubject() {
        assertEquals("zndiaye", signedIn(Map.of("name", " ", "preferred_username", "zndiaye")).displayName());
        assertEquals("zoe@exemple.fr", signedIn(Map.of("email", "zoe@exemple.fr")).displayName());
        CurrentUser bare = signedIn(Map.of());
        assertEquals("3f1c9a2e-subject", bare.displayName());
        assertNull(bare.email());
    }
}
