package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.univlorraine.ieps.it.Candidates.Candidate;
import fr.univlorraine.ieps.it.RealBrowser.Browsers;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL restarted under traffic (an operator's restart, a failover): signed-in candidates keep reading their
 * dossier and saving it while the database stops and starts again on the same port and data. Meanwhile they get a
 * page that says the service is momentarily unavailable, never a stack trace nor a login page; afterwards the same app
 * process, never restarted, serves them again, and every save it acknowledged is in the database, whole.
 */
@ExtendWith(RealBrowser.class)
class PostgresRestartIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    enum Phase { BEFORE, DOWN, AFTER }

    /** One answer a candidate got: to a page read (GET) or a draft save (POST), in a phase of the outage. */
    record Look(Phase phase, String method, int status, String contentType, String retryAfter, String location,
            List<String> setCookies, String body) {
        boolean success() {
            return method.equals("GET") ? status == 200 : status == 303 && location.contains("ok=saved");
        }

        @Override
        public String toString() {
            return phase + " " + method + " " + status + " " + contentType + " " + location + " " + setCookies + " "
                    + body.substring(0, Math.min(body.length(), 300)).replaceAll("\\s+", " ");
        }
    }

    private final RealStack stack = RealStack.get();
    private volatile Phase phase = Phase.BEFORE;

    PostgresRestartIT() throws Exception {
    }

    /** A signed-in candidate who, until told to stop, reads the dossier form and saves it with a new text each time. */
    final class Worker implements Runnable {
        final Candidate candidate;
        final String cookies;
        final List<Look> looks = new CopyOnWriteArrayList<>();
        final AtomicInteger acknowledged = new AtomicInteger(-1);
        final AtomicInteger acknowledgedAfter = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();
        Throwable failure;
        private int save;
        private String version;
        private String csrf;

        Worker(Candidate candidate, String cookies) {
            this.candidate = candidate;
            this.cookies = cookies;
        }

        @Override
        public void run() {
            try {
                while (!stop.get()) {
                    Look read = send("GET", null);
                    if (read.success()) {
                        version = group(VERSION, read.body());
                        csrf = group(CSRF, read.body());
                    }
                    // during the outage the form is sent as the page last showed it: the save fails cleanly, writes nothing
                    if (read.success() || version != null && phase == Phase.DOWN) {
                        int n = ++save;
                        Phase sentIn = phase;
                        Look saved = send("POST", Candidates.dossierForm(candidate, project(n), "save", Long.parseLong(version))
                                .replace("city=Metz", "city=" + city(n)) + "&csrf-token=" + java.net.URLEncoder.encode(csrf,
                                java.nio.charset.StandardCharsets.UTF_8));
                        if (saved.success()) {
                            // the save made the dossier's next version; a save sent from the same page would be refused
                            version = String.valueOf(Long.parseLong(version) + 1);
                            acknowledged.set(n);
                            if (sentIn == Phase.AFTER) {
                                acknowledgedAfter.incrementAndGet();
                            }
                        }
                    }
                    Thread.sleep(100);
                }
            } catch (Throwable e) {
                failure = e;
            }
        }

        private Look send(String method, String form) throws Exception {
            Phase sentIn = phase;
            var request = HttpRequest.newBuilder(stack.app.base.resolve("/candidatures/" + candidate.dossier() + "/dossier"))
                    .timeout(Duration.ofSeconds(30)).header("Cookie", cookies).header("Accept", "text/html")
                    .header("Accept-Language", "fr-FR,fr");
            if (form != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                        .POST(HttpRequest.BodyPublishers.ofString(form));
            }
            HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString());
            Look look = new Look(sentIn, method, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Location").orElse(""), response.headers().allValues("Set-Cookie"),
                    response.body());
            looks.add(look);
            return look;
        }

        String project(int n) {
            return candidate.professionalProject() + " Enregistrement " + n + ".";
        }

        String city(int n) {
            return "Metz-" + n;
        }

        long failedLooksWhileDown() {
            return looks.stream().filter(l -> l.phase() == Phase.DOWN && !l.success()).count();
        }
    }

    @Test
    void theSameAppProcessServesAgainOnceTheDatabaseIsBackAndNobodyMeanwhileGetsAStackTraceOrALoginPage(Browsers browsers)
            throws Exception {
        List<Worker> workers = new ArrayList<>();
        for (String name : List.of("Lina", "Malo", "Nour")) {
            Candidate candidate = Candidates.withDraft(stack, name, "Relancé");
            String form = "/candidatures/" + candidate.dossier() + "/dossier";
            Browser browser = browsers.open();
            browser.open(form).logInOnKeycloak(candidate.email(), Candidates.password()).awaitAppPath(form);
            workers.add(new Worker(candidate, browser.driver.manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "))));
        }
        long pid = stack.app.pid();
        List<Thread> threads = workers.stream().map(w -> new Thread(w, "candidate-" + w.candidate.firstName())).toList();
        threads.forEach(Thread::start);
        try {
            await(() -> workers.stream().allMatch(w -> w.acknowledged.get() > 0), Duration.ofSeconds(60),
                    "every candidate saved once before the outage", workers);

            stack.stopPostgres();
            phase = Phase.DOWN;
            await(() -> workers.stream().allMatch(w -> w.failedLooksWhileDown() >= 4), Duration.ofSeconds(60),
                    "every candidate met the outage a few times", workers);
            HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(stack.app.base.resolve("/q/health/ready")).build(),
                    BodyHandlers.ofString());
            assertEquals(503, ready.statusCode(), "the readiness check tells the load balancer: " + ready.body());

            stack.startPostgres();
            phase = Phase.AFTER;
            await(() -> workers.stream().allMatch(w -> w.acknowledgedAfter.get() >= 2), Duration.ofSeconds(60),
                    "every candidate saved again, twice, after PostgreSQL came back", workers);
        } finally {
            workers.forEach(w -> w.stop.set(true));
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(40).toMillis());
            }
            if (phase == Phase.DOWN) {
                stack.startPostgres();  // whatever failed, the other tests find the database up
            }
        }

        assertTrue(stack.app.isAlive() && stack.app.pid() == pid, "the same app process, never restarted");
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(stack.app.base.resolve("/q/health/ready")).build(),
                BodyHandlers.discarding()).statusCode(), "ready again");
        for (Worker worker : workers) {
            assertEquals(null, worker.failure, "the candidate's requests all got an answer");
            // no connection to the old server is lent once the new one is up: nothing fails after the restart
            assertEquals(List.of(), worker.looks.stream().filter(l -> l.phase() == Phase.AFTER && !l.success()).toList(),
                    "requests sent once PostgreSQL was back");
            for (Look look : worker.looks) {
                if (!look.success()) {
                    assertEquals(503, look.status(), "a failed request during the outage gets a 503: " + look);
                    assertTrue(look.contentType().startsWith("text/html"), "a page: " + look);
                    assertTrue(look.body().contains("Service temporairement indisponible"), "that says so, in French: " + look);
                    assertTrue(look.retryAfter() != null, "with a Retry-After header: " + look);
                    assertTrue(!look.body().contains("Exception") && !look.body().contains("\tat "), "no stack trace: " + look);
                }
            }
            assertEquals(List.of(), worker.looks.stream().filter(l -> l.location().contains("/realms/")).toList(),
                    "nobody was sent to log in again by the outage");
            assertEquals(List.of(), worker.looks.stream().filter(l -> l.setCookies().stream().anyMatch(c -> c.contains("Max-Age=0")))
                    .toList(), "nor had a cookie of their session cleared");
            // what the database holds is the last acknowledged save or a later one, whole: the text and the city agree
            try (Connection db = stack.database(); PreparedStatement q = db.prepareStatement(
                    "select professional_project, city, status from application where id = ?")) {
                q.setLong(1, worker.candidate.dossier());
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next());
                    String city = rs.getString("city");
                    int n = Integer.parseInt(city.substring("Metz-".length()));
                    assertTrue(n >= worker.acknowledged.get(), "the last acknowledged save (" + worker.acknowledged.get()
                            + ") is kept: " + city);
                    assertEquals(worker.project(n), rs.getString("professional_project"), "one save, written whole");
                    assertEquals("DRAFT", rs.getString("status"));
                }
            }
        }

        // a quick restart while nobody uses the app: the pool's connections to the old server are not lent again
        stack.stopPostgres();
        stack.startPostgres();
        for (Worker worker : workers) {
            Look read = worker.send("GET", null);
            assertTrue(read.success(), "the first page read after a quick restart of PostgreSQL: " + read);
        }
    }

    private String origin() {
        return "http://127.0.0.1:" + stack.app.base.getPort();
    }

    private static String group(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in the page: " + body);
        }
        return m.group(1);
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what, List<Worker> workers)
            throws InterruptedException {
        // a look every 100 ms, counted (not timed by the machine's clock)
        for (long looks = timeout.toMillis() / 100; !condition.getAsBoolean(); looks--) {
            if (looks <= 0) {
                fail("not the case after " + timeout.toSeconds() + " s: " + what + ". Answers: " + workers.stream()
                        .map(w -> w.candidate.firstName() + " " + w.failure + " " + w.looks.subList(Math.max(0, w.looks.size() - 6),
                                w.looks.size())).collect(Collectors.joining("\n")));
            }
            Thread.sleep(100);
        }
    }
}
