package fr.univlorraine.ieps.web;

import io.quarkus.oidc.OIDCException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keycloak unreachable when the app starts: the app starts anyway (health says DOWN for OIDC), keeps
 * serving its public pages, and whatever needs a login answers 503 with a page that says the service
 * is temporarily unavailable, in the person's language (JSON under /api), instead of a bare 401 or a
 * 500. Until the login server has answered once, requests that need it first check that it answers
 * (at most one check every few seconds); Quarkus OIDC then connects at the next request by itself.
 */
@ApplicationScoped
public class LoginServerDown {

    private static final Logger LOG = Logger.getLogger(LoginServerDown.class);
    static final String RETRY_AFTER_SECONDS = "60";
    private static final long RECHECK_MILLIS = 5_000;
    /** Paths whose pages need a signed-in person; every @RolesAllowed or @Authenticated resource lives under one. */
    static final List<String> LOGIN_PATHS = List.of("/connexion", "/deconnexion", "/candidatures", "/equipe", "/secretariat", "/dossiers", "/admin", "/evaluation", "/responsable", "/classement", "/motifs", "/recherche", "/messages", "/api/", "/plateforme", "/reinscriptions", "/dpo", "/mes-donnees");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unavailable(String lang);
    }

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> authServerUrl;

    @Inject
    Vertx vertx;

    private HttpClient client;
    private volatile boolean answeredOnce;
    private volatile long lastCheckMillis;
    private volatile boolean lastCheckUp;

    /** Before authentication (priority 200) and after CORS (300). */
    void guard(@Observes Filters filters) {
        filters.register(this::checkLoginServer, 250);
    }

    /** OIDC failures that still happen (a bearer token while the server is down) get the same answer. */
    void mapFailures(@Observes Router router) {
        router.route().failureHandler(context -> {
            if (causedByUnreachableLoginServer(context.failure()) && !context.response().headWritten()) {
                answer(context);
            } else {
                context.next();
            }
        });
    }

    private void checkLoginServer(RoutingContext context) {
        if (answeredOnce || authServerUrl.isEmpty() || !needsLogin(context.request())) {
            context.next();
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastCheckMillis < RECHECK_MILLIS) {
            proceedOrAnswer(context, lastCheckUp);
            return;
        }
        probe().onComplete(result -> {
            boolean up = result.succeeded() && result.result();
            lastCheckMillis = System.currentTimeMillis();
            lastCheckUp = up;
            if (up) {
                LOG.info("The login server answers: logins are possible");
                answeredOnce = true;
            }
            proceedOrAnswer(context, up);
        });
    }

    private void proceedOrAnswer(RoutingContext context, boolean up) {
        if (up) {
            context.next();
        } else {
            answer(context);
        }
    }

    private Future<Boolean> probe() {
        if (client == null) {
            client = vertx.createHttpClient();
        }
        String discovery = authServerUrl.get().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(discovery).setTimeout(3_000))
                .compose(request -> request.send())
                .map(HttpClientResponse::statusCode)
                .map(status -> status == 200)
                .otherwise(false);
    }

    static boolean needsLogin(HttpServerRequest request) {
        return needsLogin(request.path()) || request.getHeader("Authorization") != null || request.getCookie("q_session") != null;
    }

    static boolean needsLogin(String path) {
        return path != null && LOGIN_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/"));
    }

    private void answer(RoutingContext context) {
        LOG.warnf("Login server unreachable: %s %s answered 503", context.request().method(), context.request().path());
        context.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
        Ui.answer(context, 503, "error_login_server_down", Templates::unavailable);
    }

    static boolean causedByUnreachableLoginServer(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
