package fr.univlorraine.ieps.security;

import fr.univlorraine.ieps.kernel.Failures;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the tokens of each login session on the server ({@link LoginSessions}) instead of in the
 * cookie: the session cookie holds a random key only. A logout ends the row, so a copy of the cookie
 * saved before it is refused at once (the default, stateless cookie stays valid until its token expires).
 * A second cookie, {@code __Host-} prefixed in production, ties the session to the browser that opened it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ServerSideTokenStateManager implements TokenStateManager {

    /** Where the current request's session binding is kept for the CSRF tokens (a hash of the session key). */
    public static final String SESSION_BINDING = "ieps.session-binding";

    // Keys the OIDC extension puts in the routing context (io.quarkus.oidc.runtime.CodeAuthenticationMechanism and
    // OidcIdentityProvider); a test (ServerSideSessionTest) fails if a new version stops setting them.
    static final String REFRESH_GRANT = "refresh_token_grant_response";
    static final String SESSION_MAX_AGE = "session-max-age";
    private static final String RENEWING = "ieps.session-renewing";
    /** Set when the session could not be read for want of the database: the session is not to be ended for that. */
    private static final String UNREADABLE = "ieps.session-unreadable";
    private static final Duration DEFAULT_AGE = Duration.ofHours(2);

    @Inject
    LoginSessions sessions;

    @Inject
    SecurityConfig config;

    @Override
    public Uni<String> createTokenState(RoutingContext context, OidcTenantConfig oidcConfig, AuthorizationCodeTokens tokens,
            OidcRequestContext<String> requestContext) {
        long maxAge = context.get(SESSION_MAX_AGE) instanceof Long seconds ? seconds : DEFAULT_AGE.toSeconds();
        Instant expiresAt = Instant.now().plusSeconds(maxAge);
        String renewing = context.get(RENEWING);
        Cookie presented = context.request().getCookie(config.bindingCookie());
        return requestContext.runBlocking(() -> {
            if (renewing != null && presented != null && sessions.renew(renewing, tokens, expiresAt)) {
                // the same session goes on with refreshed tokens: same key, so open forms keep their CSRF token
                setBindingCookie(context, presented.getValue(), maxAge);
                context.put(SESSION_BINDING, SessionKeys.sha256(renewing));
                return renewing;
            }
            String key = SessionKeys.randomKey();
            String binding = SessionKeys.randomKey();
            sessions.open(key, binding, tokens, expiresAt);
            setBindingCookie(context, binding, maxAge);
            context.put(SESSION_BINDING, SessionKeys.sha256(key));
            return key;
        });
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext context, OidcTenantConfig oidcConfig, String tokenState,
            OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        Cookie binding = context.request().getCookie(config.bindingCookie());
        return requestContext.runBlocking(() -> {
            AuthorizationCodeTokens tokens = sessions.tokens(tokenState, binding == null ? null : binding.getValue())
                    .orElseThrow(() -> new AuthenticationFailedException("the login session has ended"));
            context.put(SESSION_BINDING, SessionKeys.sha256(tokenState));
            return tokens;
        }).onFailure(Failures::databaseUnreachable).invoke(() -> context.put(UNREADABLE, Boolean.TRUE));
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext context, OidcTenantConfig oidcConfig, String tokenState,
            OidcRequestContext<Void> requestContext) {
        if (context.get(UNREADABLE) != null) {
            // the extension ends a session it could not read; this one is fine, the database is only out of reach for now
            return Uni.createFrom().voidItem();
        }
        if (context.get(REFRESH_GRANT) != null) {
            // the extension removes the old cookie before writing the refreshed one: keep the session going
            context.put(RENEWING, tokenState);
            return Uni.createFrom().voidItem();
        }
        LoginSession.End reason = oidcConfig.logout().path().filter(context.request().path()::equals).isPresent()
                ? LoginSession.End.LOGOUT : context.get("new_authentication") != null ? LoginSession.End.REPLACED
                : LoginSession.End.FAILED;
        setBindingCookie(context, "", 0);
        return requestContext.runBlocking(() -> {
            sessions.end(tokenState, reason);
            return null;
        });
    }

    private void setBindingCookie(RoutingContext context, String value, long maxAge) {
        Cookie cookie = Cookie.cookie(config.bindingCookie(), value).setPath("/").setHttpOnly(true)
                .setSecure(config.secureCookies()).setSameSite(CookieSameSite.LAX).setMaxAge(maxAge);
        context.response().addCookie(cookie);
    }
}
