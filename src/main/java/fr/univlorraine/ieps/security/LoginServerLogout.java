package fr.univlorraine.ieps.security;

import io.quarkus.oidc.SecurityEvent;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
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
        Object token = event.getEventProperties().get("logout_token");
        JsonObject claims = token instanceof JsonObject json ? json
                : token instanceof String raw ? LoginSessions.claimsOf(raw) : new JsonObject();
        int ended = sessions.endAtLoginServer(claims.getString("sid"), claims.getString("sub"));
        LOG.infof("The login server ended a session: %d session(s) closed here", ended);
    }
}
