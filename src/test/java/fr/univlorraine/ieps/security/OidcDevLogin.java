package fr.univlorraine.ieps.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser that signs in to the application through the login page of the Quarkus OIDC
 * dev server (Dev Services for OIDC). It follows no redirect by itself, so tests can look at
 * every hop, and it keeps the cookies the application sets (login state, session, language).
 */
final class OidcDevLogin {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ELEMENT = Pattern.compile("<(input|button)\\b([^>]*)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:'([^']*)'|\"([^\"]*)\")");
    private static final int MAX_REDIRECTS = 10;

    private final URI app;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** @param app the application's base URL, e.g. {@code http://localhost:8081/} */
    OidcDevLogin(URI app) {
        this.app = app;
    }

    // --- the whole flow ------------------------------------------------------------------------

    /** Signs in with one of the dev server's predefined users; returns where the application lands. */
    Visit signInAs(String predefinedUser) {
        LoginPage page = openLoginPage();
        Form form = page.predefinedUsers();
        String button = "predefined-" + predefinedUser;
        if (!form.buttons().containsKey(button)) {
            throw new AssertionError("no predefined user " + predefinedUser + " on the login page: "
                    + form.buttons().keySet());
        }
        return follow(submit(form, Map.of(button, form.buttons().get(button))));
    }

    /** Signs in with the "Custom user" form of the dev server. */
    Visit signInAsCustomUser(String name, String roles) {
        LoginPage page = openLoginPage();
        return follow(submit(page.customUser(), Map.of("name", name, "roles", roles)));
    }

    /** GET /connexion, then the dev server's authorization page it redirects to. */
    LoginPage openLoginPage() {
        HttpResponse<String> toLoginServer = get("/connexion");
        expectRedirect(toLoginServer);
        return loginPage(location(toLoginServer));
    }

    // --- single steps --------------------------------------------------------------------------

    /** GET on the dev server's authorization endpoint: its HTML login page. */
    LoginPage loginPage(URI authorize) {
        HttpResponse<String> response = get(authorize);
        if (response.statusCode() != 200) {
            throw new AssertionError("login page " + authorize + " answered " + response.statusCode());
        }
        return LoginPage.parse(authorize, response.body());
    }

    /** Posts a login form of the dev server with its hidden fields plus the given fields. */
    HttpResponse<String> submit(Form form, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>(form.hidden());
        body.putAll(fields);
        String encoded = body.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(form.action())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build();
        return send(request);
    }

    /** Follows the redirects from a response, within the application and the dev server. */
    Visit follow(HttpResponse<String> response) {
        List<URI> hops = new ArrayList<>();
        HttpResponse<String> current = response;
        while (isRedirect(current)) {
            if (hops.size() == MAX_REDIRECTS) {
                throw new AssertionError("redirect loop: " + hops);
            }
            URI next = location(current);
            hops.add(next);
            current = get(next);
        }
        return new Visit(hops, current);
    }

    HttpResponse<String> get(String pathOrUrl) {
        return get(app.resolve(pathOrUrl));
    }

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(app.resolve(path)).header("Accept", "application/json").GET().build());
    }

    /** A request to the application with this browser's cookies and the given headers and body. */
    HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The CSRF token of this browser's session, read from a page (hidden field or meta tag). */
    String csrfToken(String page) {
        String body = get(page).body();
        Matcher m = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page + ":\n" + body);
        }
        return m.group(1);
    }

    /** A copy of the cookies this browser holds for the application (a saved cookie jar). */
    Map<String, String> cookies() {
        return new LinkedHashMap<>(cookies);
    }

    /** Replaces this browser's cookies with a saved jar (someone replaying stolen or old cookies). */
    void useCookies(Map<String, String> jar) {
        cookies.clear();
        cookies.putAll(jar);
    }

    /** Names of the cookies the application holds for this browser now. */
    Set<String> cookieNames() {
        return new TreeSet<>(cookies.keySet());
    }

    boolean hasSession() {
        return cookies.keySet().stream().anyMatch(name -> name.startsWith("q_session"));
    }

    /** The Location of a redirect, resolved against the request's URL. */
    static URI location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError(response.uri() + " answered " + response.statusCode()
                        + " without Location"));
        return response.uri().resolve(location);
    }

    static boolean isRedirect(HttpResponse<?> response) {
        return Set.of(301, 302, 303, 307, 308).contains(response.statusCode());
    }

    /** The hops of a redirect chain and the final response. */
    record Visit(List<URI> hops, HttpResponse<String> last) {

        /** The path of the page the chain ends on. */
        String finalPath() {
            return last.uri().getPath();
        }
    }

    /** A form of the dev server's login page. */
    record Form(URI action, Map<String, String> hidden, Map<String, String> buttons, Set<String> textInputs) {
    }

    /** The dev server's login page: a form per predefined user, and a "Custom user" form. */
    record LoginPage(URI uri, String html, Form predefinedUsers, Form customUser) {

        static LoginPage parse(URI uri, String html) {
            List<Form> forms = new ArrayList<>();
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                forms.add(form(uri, form.group(1), form.group(2)));
            }
            Form predefined = forms.stream().filter(f -> !f.buttons().isEmpty() && f.textInputs().isEmpty())
                    .findFirst().orElseThrow(() -> new AssertionError("no predefined-user form in\n" + html));
            Form custom = forms.stream().filter(f -> f.textInputs().contains("name"))
                    .findFirst().orElseThrow(() -> new AssertionError("no custom-user form in\n" + html));
            return new LoginPage(uri, html, predefined, custom);
        }

        private static Form form(URI page, String formAttributes, String body) {
            Map<String, String> hidden = new LinkedHashMap<>();
            Map<String, String> buttons = new LinkedHashMap<>();
            Set<String> textInputs = new TreeSet<>();
            Matcher element = ELEMENT.matcher(body);
            while (element.find()) {
                Map<String, String> attributes = attributes(element.group(2));
                String name = attributes.get("name");
                if (name == null) {
                    continue;
                }
                if (element.group(1).equalsIgnoreCase("button")) {
                    buttons.put(name, attributes.getOrDefault("value", ""));
                } else if ("hidden".equalsIgnoreCase(attributes.get("type"))) {
                    hidden.put(name, attributes.getOrDefault("value", ""));
                } else {
                    textInputs.add(name);
                }
            }
            URI action = page.resolve(attributes(formAttributes).getOrDefault("action", page.getPath()));
            return new Form(action, hidden, buttons, textInputs);
        }
    }

    // --- plumbing ------------------------------------------------------------------------------

    private HttpResponse<String> send(HttpRequest request) {
        HttpRequest withCookies = isApp(request.uri()) && !cookies.isEmpty()
                ? HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", cookieHeader()).build()
                : request;
        try {
            HttpResponse<String> response = http.send(withCookies, HttpResponse.BodyHandlers.ofString());
            if (isApp(request.uri())) {
                response.headers().allValues("Set-Cookie").forEach(this::remember);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        for (HttpCookie cookie : HttpCookie.parse("Set-Cookie: " + setCookie)) {
            if (cookie.getMaxAge() == 0 || cookie.hasExpired() || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private boolean isApp(URI uri) {
        return uri.getHost().equalsIgnoreCase(app.getHost()) && uri.getPort() == app.getPort();
    }

    private static void expectRedirect(HttpResponse<String> response) {
        if (!isRedirect(response)) {
            throw new AssertionError(response.uri() + " answered " + response.statusCode() + " instead of a redirect:\n"
                    + response.body());
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            attributes.put(m.group(1).toLowerCase(), unescape(value));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
