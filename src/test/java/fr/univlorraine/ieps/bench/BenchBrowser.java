package fr.univlorraine.ieps.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser sends for one person, on keep-alive connections: pages, forms posted with the page's CSRF token,
 * the Content-Type, Origin and Sec-Fetch-* headers a browser adds, and the 303 after a post followed by a GET
 * (Post/Redirect/Get). The bench app knows people by bearer tokens (no login server): each request carries the
 * person's; the CSRF guard lets bearer calls through, so the token posted is checked only for being on the page.
 */
final class BenchBrowser {

    /** A page as read after the request (and the redirect, if any); {@code location}: where a post redirected. */
    record Page(int status, String html, String location) {
    }

    /** An unexpected answer: the step fails, with what came back. */
    static final class Unexpected extends Exception {
        Unexpected(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final URI base;
    private final String bearer;

    BenchBrowser(HttpClient client, URI base, String bearer) {
        this.client = client;
        this.base = base;
        this.bearer = bearer;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A page opened by the person (a link or the address bar); anything but 200 fails. */
    Page open(String path) throws IOException, InterruptedException, Unexpected {
        HttpResponse<String> response = client.send(request(path).GET().build(), BodyHandlers.ofString(UTF_8));
        if (response.statusCode() != 200) {
            throw new Unexpected("HTTP " + response.statusCode() + " on GET " + path);
        }
        return new Page(200, response.body(), null);
    }

    /** A form of {@code fields} (repeated names allowed) posted as urlencoded, then the page it redirects to. */
    Page postForm(String path, List<Map.Entry<String, String>> fields) throws IOException, InterruptedException, Unexpected {
        return post(path, "application/x-www-form-urlencoded", BodyPublishers.ofString(urlencoded(fields), UTF_8));
    }

    private static String urlencoded(List<Map.Entry<String, String>> fields) {
        var body = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(field.getKey(), UTF_8)).append('=')
                    .append(URLEncoder.encode(field.getValue() == null ? "" : field.getValue(), UTF_8));
        }
        return body.toString();
    }

    /** A file form (multipart/form-data): the text fields, then the file as a browser names and types it. */
    Page postFile(String path, Map<String, String> fields, String field, String fileName, byte[] file)
            throws IOException, InterruptedException, Unexpected {
        String boundary = "----BenchFormBoundary" + UUID.randomUUID().toString().replace("-", "");
        var head = new StringBuilder();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(f.getKey())
                    .append("\"\r\n\r\n").append(f.getValue()).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(UTF_8);
        return post(path, "multipart/form-data; boundary=" + boundary,
                BodyPublishers.ofByteArrays(List.of(head.toString().getBytes(UTF_8), file, tail)));
    }

    private Page post(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException, Unexpected {
        Page redirect = postOnly(path, contentType, body);
        Page page = open(redirect.location());
        return new Page(page.status(), page.html(), redirect.location());
    }

    /** A urlencoded form posted, the redirect not followed: the answer must be a 303 (its location is returned). */
    Page postFormOnly(String path, List<Map.Entry<String, String>> fields) throws IOException, InterruptedException, Unexpected {
        return postOnly(path, "application/x-www-form-urlencoded", BodyPublishers.ofString(urlencoded(fields), UTF_8));
    }

    private Page postOnly(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException, Unexpected {
        HttpResponse<String> response = client.send(request(path).header("Content-Type", contentType)
                .header("Origin", origin()).header("Sec-Fetch-Site", "same-origin").header("Sec-Fetch-Mode", "navigate")
                .POST(body).build(), BodyHandlers.ofString(UTF_8));
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() != 303 || location == null) {
            throw new Unexpected("HTTP " + response.statusCode() + " on POST " + path + firstLines(response.body()));
        }
        URI next = base.resolve(location);  // without its #fragment, which stays in the browser
        return new Page(303, response.body(), next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
    }

    /** The CSRF token of the page's first form. */
    static String csrf(Page page) throws Unexpected {
        return field(page, CSRF, "csrf-token");
    }

    /** The value of the first match's group 1 on the page. */
    static String field(Page page, Pattern pattern, String what) throws Unexpected {
        Matcher m = pattern.matcher(page.html());
        if (!m.find()) {
            throw new Unexpected("no " + what + " on the page " + (page.location() == null ? "" : page.location()));
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").header("Accept-Language", "fr-FR,fr;q=0.9")
                .header("Authorization", "Bearer " + bearer);
    }

    private String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    /** The error messages of a refused form, for the report: the page's first alert, without its tags. */
    private static String firstLines(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Matcher alert = Pattern.compile("(?s)<(?:div|p)[^>]*(?:role=\"alert\"|class=\"[^\"]*error[^\"]*\")[^>]*>(.*?)</(?:div|p)>")
                .matcher(html);
        String text = alert.find() ? alert.group(1) : html;
        text = text.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        return ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }
}
