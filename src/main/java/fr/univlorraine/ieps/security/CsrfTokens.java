package fr.univlorraine.ieps.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.MessageDigest;

/**
 * The token every form carries ({@code {#form}} puts it in a hidden field) to prove that the request
 * comes from one of our pages. It is bound to the login session: a random nonce and the HMAC of the
 * session and the nonce, so another session's token (even the same person's) never passes, and no
 * cookie is needed that a sibling site could overwrite. A fresh nonce per page keeps the token in
 * the HTML from being the same bytes twice; the forms and the meta tag of one page share it (one HMAC
 * per page, not one per form).
 */
@Named("csrf")
@RequestScoped
public class CsrfTokens {

    public static final String PARAMETER = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    SecurityConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext routing;

    /** This request's token, made at the first use: a bean per request, so per page. */
    private String token;

    public String parameterName() {
        return PARAMETER;
    }

    /** A token for the current session; empty for someone not signed in (who has no form to send). */
    public String token() {
        if (token == null) {
            token = newToken();
        }
        return token;
    }

    private String newToken() {
        String binding = binding();
        if (binding == null) {
            return "";
        }
        byte[] nonce = SessionKeys.random(16);
        String encodedNonce = SessionKeys.encode(nonce);
        return encodedNonce + "." + SessionKeys.encode(mac(binding, encodedNonce));
    }

    /** True when the token was made by {@link #token()} for the current session. */
    public boolean isValid(String token) {
        String binding = binding();
        if (binding == null || token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return false;
        }
        byte[] given = SessionKeys.decode(token.substring(dot + 1));
        return given != null && MessageDigest.isEqual(given, mac(binding, token.substring(0, dot)));
    }

    /**
     * What the token is bound to: the server-side login session of a browser (set by
     * {@link ServerSideTokenStateManager}); without one, the signed-in identity itself (tests that set
     * the identity directly). Null for an anonymous request.
     */
    private String binding() {
        Object session = routing == null ? null : routing.get(ServerSideTokenStateManager.SESSION_BINDING);
        if (session != null) {
            return "session:" + session;
        }
        return identity == null || identity.isAnonymous() ? null : "identity:" + identity.getPrincipal().getName();
    }

    private byte[] mac(String binding, String nonce) {
        return SessionKeys.hmac(config.csrfKey(), "csrf|" + binding + "|" + nonce);
    }
}
