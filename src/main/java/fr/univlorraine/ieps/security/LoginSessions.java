package fr.univlorraine.ieps.security;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The login sessions the server keeps (see {@link LoginSession}). Times here are the real clock's:
 * sessions follow the tokens of the login server, not the campaign's calendar.
 */
@ApplicationScoped
public class LoginSessions {

    private static final Logger LOG = Logger.getLogger(LoginSessions.class);

    @Inject
    SecurityConfig config;

    /** Opens a session for these tokens, reached with the cookie {@code key} from the browser holding {@code binding}. */
    @Transactional
    public void open(String key, String binding, AuthorizationCodeTokens tokens, Instant expiresAt) {
        JsonObject claims = claimsOf(tokens.getIdToken());
        Instant now = Instant.now();
        LoginSession session = new LoginSession();
        session.keyHash = SessionKeys.sha256(key);
        session.bindingHash = SessionKeys.sha256(binding);
        session.subject = claims.getString("sub", "");
        // Keycloak names its session in the ID token or, depending on the client scopes, only in the access token
        session.idpSession = claims.getString("sid", claimsOf(tokens.getAccessToken()).getString("sid"));
        session.tokens = seal(key, tokens);
        session.createdAt = now;
        session.refreshedAt = now;
        session.expiresAt = expiresAt;
        session.persist();
        LOG.debugf("Login session %d opened (login server's session %s)", session.id, session.idpSession);
    }

    /** The login server refreshed the tokens of an open session: same cookie, new tokens. False if it has ended. */
    @Transactional
    public boolean renew(String key, AuthorizationCodeTokens tokens, Instant expiresAt) {
        Instant now = Instant.now();
        Optional<LoginSession> found = LoginSession.byKeyHash(SessionKeys.sha256(key)).filter(s -> s.isOpen(now));
        if (found.isEmpty() || !found.get().subject.equals(claimsOf(tokens.getIdToken()).getString("sub", ""))) {
            return false;
        }
        LoginSession session = found.get();
        session.tokens = seal(key, tokens);
        session.refreshedAt = now;
        session.expiresAt = expiresAt;
        return true;
    }

    /** The tokens of an open session, when the browser also shows the session's binding cookie. */
    @Transactional
    public Optional<AuthorizationCodeTokens> tokens(String key, String binding) {
        if (key == null || binding == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return LoginSession.byKeyHash(SessionKeys.sha256(key))
                .filter(s -> s.isOpen(now))
                .filter(s -> java.security.MessageDigest.isEqual(s.bindingHash.getBytes(StandardCharsets.US_ASCII),
                        SessionKeys.sha256(binding).getBytes(StandardCharsets.US_ASCII)))
                .map(s -> unseal(key, s.tokens));
    }

    /** Ends the session of this cookie key (a logout, or a session replaced or refused). */
    @Transactional
    public void end(String key, LoginSession.End reason) {
        LoginSession.byKeyHash(SessionKeys.sha256(key)).filter(s -> s.endedAt == null).ifPresent(s -> close(s, reason));
    }

    /**
     * The login server ended its session (back-channel logout): every session it covers ends here too. Its logout
     * token names the session (sid) or the person (sub); sessions whose tokens did not name the login server's
     * session end with the person's.
     */
    @Transactional
    public int endAtLoginServer(String idpSession, String subject) {
        List<LoginSession> open = new ArrayList<>();
        if (idpSession != null && !idpSession.isBlank()) {
            open.addAll(LoginSession.list("idpSession = ?1 and endedAt is null", idpSession));
        }
        if (subject != null && !subject.isBlank()) {
            open.addAll(LoginSession.list(idpSession == null || idpSession.isBlank() ? "subject = ?1 and endedAt is null"
                    : "subject = ?1 and idpSession is null and endedAt is null", subject));
        }
        open.forEach(s -> close(s, LoginSession.End.LOGIN_SERVER_LOGOUT));
        LOG.debugf("Back-channel logout of session %s: login sessions %s ended", idpSession, open.stream().map(s -> s.id).toList());
        return open.size();
    }

    /** Deletes the sessions ended or expired for a while: they only served to refuse old cookies. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        Instant before = Instant.now().minus(config.endedSessionsKept());
        long deleted = LoginSession.delete("(endedAt is not null and endedAt < ?1) or expiresAt < ?1", before);
        if (deleted > 0) {
            LOG.debugf("Deleted %d old login sessions", deleted);
        }
    }

    private static void close(LoginSession session, LoginSession.End reason) {
        session.endedAt = Instant.now();
        session.endReason = reason.name();
        // the tokens are of no use any more: nothing the server keeps could restart the session
        session.tokens = "";
    }

    private String seal(String key, AuthorizationCodeTokens tokens) {
        JsonObject json = new JsonObject()
                .put("id", tokens.getIdToken())
                .put("access", tokens.getAccessToken())
                .put("refresh", tokens.getRefreshToken())
                .put("expiresIn", tokens.getAccessTokenExpiresIn())
                .put("scope", tokens.getAccessTokenScope());
        return SessionKeys.encrypt(config.sessionSecret(), key, json.encode());
    }

    private AuthorizationCodeTokens unseal(String key, String sealed) {
        String plain = SessionKeys.decrypt(config.sessionSecret(), key, sealed);
        if (plain == null) {
            // another secret (IEPS_SESSION_SECRET changed): the person signs in again
            return null;
        }
        JsonObject json = new JsonObject(plain);
        return new AuthorizationCodeTokens(json.getString("id"), json.getString("access"), json.getString("refresh"),
                json.getLong("expiresIn"), json.getString("scope"));
    }

    /** The claims of a token already verified by the OIDC extension (no signature check here). */
    static JsonObject claimsOf(String jwt) {
        if (jwt == null) {
            return new JsonObject();
        }
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return new JsonObject();
        }
        try {
            return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return new JsonObject();
        }
    }
}
