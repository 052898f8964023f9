package fr.univlorraine.ieps.web;

import io.vertx.core.http.Cookie;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What every page needs to know about the request: the language (remembered choice first, then
 * the browser's Accept-Language, then French) and the current path for the language switch.
 */
@Named("ui")
@RequestScoped
public class Ui {

    public static final String LANG_COOKIE = "ieps-lang";
    public static final List<String> LANGUAGES = List.of("fr", "en");

    @Inject
    HttpServerRequest request;

    private String lang;

    public String lang() {
        if (lang == null) {
            lang = languageOf(request);
        }
        return lang;
    }

    public Locale locale() {
        return "en".equals(lang()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /**
     * The page rendered now, in the request's language. A page read in one transaction is rendered before the
     * transaction ends: what its template reads (a lazy association, a tag's service) joins that transaction
     * instead of each opening its own after the resource has returned.
     */
    public String render(TemplateInstance page) {
        return page.setLocale(locale()).render();
    }

    public String otherLang() {
        return "en".equals(lang()) ? "fr" : "en";
    }

    /** The current path and query, encoded, to come back here after switching language. */
    public String hereEncoded() {
        String uri = request.uri();
        return URLEncoder.encode(uri == null || uri.isEmpty() ? "/" : uri, StandardCharsets.UTF_8);
    }

    public String path() {
        return request.path();
    }

    /**
     * Answers a request before it reaches a resource (Vert.x filters and failure handlers): the error's code as JSON
     * under /api, else the page in the request's language; never cached.
     */
    static void answer(RoutingContext context, int status, String error, Function<String, TemplateInstance> page) {
        var response = context.response().setStatusCode(status).putHeader("Cache-Control", "no-store");
        if (context.request().path().startsWith("/api/")) {
            response.putHeader("Content-Type", "application/json").end("{\"status\":" + status + ",\"error\":\"" + error + "\"}");
        } else {
            String lang = languageOf(context.request());
            response.putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(page.apply(lang).setLocale(Locale.forLanguageTag(lang)).render());
        }
    }

    /** The language of a request: the remembered choice, else the browser's, else French. */
    static String languageOf(HttpServerRequest request) {
        Cookie cookie = request.getCookie(LANG_COOKIE);
        if (cookie != null && LANGUAGES.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (LANGUAGES.contains(primary)) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header falls back to French
            }
        }
        return "fr";
    }
}
