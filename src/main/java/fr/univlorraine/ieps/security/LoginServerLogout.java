package fr.univlorraine.ieps.security;

import io.quarkus.oidc.SecurityEvent;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import org.jboss.logging.Logger;

/**
 * The login server ended a session (an administrator, a password change, a logout from another
 * application of the realm) and told us on the back-channel logout path: the sessions it covers end
 * in the database, so every app instance refuses them at once.
 */
@ApplicationScoped
public class LoginServerLogout {

    private static final Logger LOG = Logger.getLogger(LoginServerLogout.class);

    @Inject
    LoginSessions sessions;

    void onLogout(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_BACKCHANNEL_LOGOUT_INITIATED) {
            return;
        }
        JsonObject claims = claimsOf(event.getEventProperties().get("logout_token"));
        int ended = sessions.endAtLoginServer(claims.getString("sid"), claims.getString("sub"));
        LOG.infof("The login server ended a session (sid %s): %d session(s) closed here", claims.getString("sid"), ended);
    }

    /**
     * The claims of the verified logout token. The extension passes its verification result, whose claims
     * are in a field it does not expose: read it, and fail loudly in the log if a new version moves it (the
     * extension itself still ends the session on this instance at its next request).
     */
    static JsonObject claimsOf(Object token) {
        if (token instanceof JsonObject json) {
            return json;
        }
        if (token instanceof String raw) {
            return LoginSessions.claimsOf(raw);
        }
        if (token != null) {
            try {
                Field field = token.getClass().getDeclaredField("localVerificationResult");
                field.setAccessible(true);
                if (field.get(token) instanceof JsonObject json) {
                    return json;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warnf(e, "Cannot read the claims of the logout token (%s)", token.getClass().getName());
            }
        }
        LOG.warnf("A logout token without readable claims: %s", token == null ? "none" : token.getClass().getName());
        return new JsonObject();
    }
}
