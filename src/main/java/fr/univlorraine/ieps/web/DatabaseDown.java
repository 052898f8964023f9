package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.kernel.Failures;
import fr.univlorraine.ieps.security.SecurityConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The database unreachable (restarted, failed over): whatever needs it answers 503 with a page that says the service
 * is momentarily unavailable and that nothing saved is lost, in the person's language (JSON under /api), instead of
 * the page of an unexpected error; the app reconnects by itself once the database is back (the pool validates each
 * connection it lends). A signed-in person keeps their session: the login check, which reads the session from the
 * database, fails the same way, and its answer keeps the session cookie the login layer was about to clear.
 */
@ApplicationScoped
public class DatabaseDown {

    private static final Logger LOG = Logger.getLogger(DatabaseDown.class);
    static final String RETRY_AFTER_SECONDS = "30";
    static final String ERROR = "error_database_down";
    /** The session cookie of the login layer (Quarkus OIDC's, possibly split in chunks q_session_chunk_1...). */
    private static final String SESSION_COOKIE = "q_session";
    /** The cookie of a login the login layer starts (q_auth_ and the state it sends to the login server). */
    private static final String LOGIN_COOKIE = "q_auth";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unavailable(String lang);
    }

    /** Failures before the resources (the login check, a filter): the same answer as the resources give. */
    @Inject
    SecurityConfig security;

    void mapFailures(@Observes Router router) {
        router.route().failureHandler(context -> {
            if (Failures.databaseUnreachable(context.failure()) && !context.response().headWritten()) {
                undoLoginChallenge(context);
                // nor does the app's own session cookie go: the session row is only out of reach for now
                context.response().removeCookie(security.bindingCookie(), false);
                LOG.warnf("Database unreachable: %s %s answered 503 (%s)", context.request().method(), context.request().path(),
                        Failures.describe(context.failure(), 300));
                context.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
                Ui.answer(context, 503, ERROR, Templates::unavailable);
            } else {
                context.next();
            }
        });
    }

    /** The answer of a resource whose work failed for want of the database. */
    Response response(String path, String lang, Throwable failure) {
        LOG.warnf("Database unreachable: %s answered 503 (%s)", path, Failures.describe(failure, 300));
        var response = Response.status(503).header("Retry-After", RETRY_AFTER_SECONDS).header("Cache-Control", "no-store");
        if (path.startsWith("/api/")) {
            return response.type(MediaType.APPLICATION_JSON).entity(Map.of("status", 503, "error", ERROR)).build();
        }
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.unavailable(lang).setLocale(Locale.forLanguageTag(lang))).build();
    }

    /**
     * The login layer, when it cannot read a session, clears its cookie and prepares a redirect to the login server;
     * the session is fine, only unreadable for now: the person keeps it and stays on the page, without a login to redo.
     */
    private static void undoLoginChallenge(RoutingContext context) {
        context.response().headers().remove("Location");
        context.request().cookieMap().keySet().stream()
                .filter(name -> name.startsWith(SESSION_COOKIE) || name.startsWith(LOGIN_COOKIE)).toList()
                .forEach(name -> context.response().removeCookie(name, false));
    }
}
