package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.kernel.SiteConfig;
import fr.univlorraine.ieps.security.CsrfTokens;
import fr.univlorraine.ieps.security.SecurityConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every request that changes something and is sent by a browser on the strength of its session
 * cookie must prove it comes from one of our pages, whatever its content type (none, text/plain and
 * a blob included): the CSRF token of the current session, in the form field {@code csrf-token} or
 * the header {@code X-CSRF-Token}. As a second line, the browser's own {@code Sec-Fetch-Site} and
 * {@code Origin} headers must name this site. Requests carrying a bearer token are left to it: a
 * browser cannot add that header to a cross-site request without a CORS preflight, which this app
 * never grants. Refused requests get a page in the person's language and reach no resource.
 */
public class CsrfGuard {

    private static final Logger LOG = Logger.getLogger(CsrfGuard.class);
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> TRUSTED_FETCH_SITES = Set.of("same-origin", "none");

    @Inject
    CsrfTokens tokens;

    @Inject
    SecurityIdentity identity;

    @Inject
    SecurityConfig config;

    @Inject
    Ui ui;

    @Inject
    SiteConfig site;

    /** Why a request was refused, for the log (the person sees one clear page whatever the reason). */
    enum Refusal {
        CROSS_SITE_FETCH, FOREIGN_ORIGIN, NO_TOKEN, WRONG_TOKEN
    }

    /**
     * First, before the request is matched to a resource: the origin headers, and the token of every body
     * that is not a form (it can only be in the header). A request that is not a form never reaches
     * content negotiation, so whatever its content type the answer is this page.
     */
    @ServerRequestFilter(preMatching = true)
    public Response beforeMatching(ResteasyReactiveContainerRequestContext request, HttpServerRequest http) {
        if (!needsProof(request)) {
            return null;
        }
        Refusal refusal = originRefusal(http);
        if (refusal == null && !isForm(request.getMediaType())) {
            refusal = tokenRefusal(http.getHeader(CsrfTokens.HEADER));
        }
        return refusal == null ? null : refused(request, http, refusal);
    }

    /** Then, for forms, once the body is read: the token of the form field (or of the header). */
    @ServerRequestFilter
    @WithFormRead
    public Response afterFormRead(ResteasyReactiveContainerRequestContext request, HttpServerRequest http) {
        if (!needsProof(request) || !isForm(request.getMediaType())) {
            return null;
        }
        String token = http.getHeader(CsrfTokens.HEADER);
        if (token == null) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(CsrfTokens.PARAMETER, true, false);
            token = field instanceof String text ? text : null;
        }
        Refusal refusal = tokenRefusal(token);
        return refusal == null ? null : refused(request, http, refusal);
    }

    /**
     * A request that could change something on the strength of a browser's session. Anonymous requests
     * carry no session to abuse (the route's own login check answers them); bearer-token calls are
     * proven by the token.
     */
    private boolean needsProof(ResteasyReactiveContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || identity.isAnonymous()) {
            return false;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private Refusal originRefusal(HttpServerRequest http) {
        String site = http.getHeader("Sec-Fetch-Site");
        if (site != null && !TRUSTED_FETCH_SITES.contains(site.toLowerCase(Locale.ROOT))) {
            return Refusal.CROSS_SITE_FETCH;
        }
        String origin = http.getHeader("Origin");
        if (origin != null && !allowedOrigins(http).contains(origin.toLowerCase(Locale.ROOT))) {
            return Refusal.FOREIGN_ORIGIN;
        }
        return null;
    }

    private Refusal tokenRefusal(String token) {
        if (token == null || token.isEmpty()) {
            return Refusal.NO_TOKEN;
        }
        return tokens.isValid(token) ? null : Refusal.WRONG_TOKEN;
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    /**
     * The public address of the site and the configured extra ones; outside production also the address
     * the request was sent to, so that the app run on another port or as 127.0.0.1 still works.
     */
    private Set<String> allowedOrigins(HttpServerRequest http) {
        Set<String> origins = new HashSet<>();
        origins.add(originOf(site.publicUrl()));
        config.extraOrigins().ifPresent(list -> list.forEach(o -> origins.add(originOf(o))));
        // HTTP/1.1 Host header or HTTP/2 :authority
        HostAndPort authority = http.authority();
        if (LaunchMode.current() != LaunchMode.NORMAL && authority != null) {
            origins.add(originOf(http.scheme() + "://" + authority.host()
                    + (authority.port() > 0 ? ":" + authority.port() : "")));
        }
        return origins;
    }

    static String originOf(String url) {
        URI uri = URI.create(url.strip());
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443)
                || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80);
        return (uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port)).toLowerCase(Locale.ROOT);
    }

    private Response refused(ResteasyReactiveContainerRequestContext request, HttpServerRequest http, Refusal refusal) {
        LOG.infof("Refused %s %s: %s (Origin %s, Sec-Fetch-Site %s)", request.getMethod(), http.path(), refusal,
                http.getHeader("Origin"), http.getHeader("Sec-Fetch-Site"));
        if (ui.path().startsWith("/api/")) {
            return Response.status(403).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("status", 403, "error", "error_csrf_text")).build();
        }
        String page = ui.render(ErrorPages.Templates.error(403, ErrorText.CSRF_TITLE, ErrorText.CSRF_TEXT));
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
