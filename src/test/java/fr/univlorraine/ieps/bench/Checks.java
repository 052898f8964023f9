package fr.univlorraine.ieps.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A few requests before the load, so that the numbers are those of the real pages: the candidate
 * sees their own dossier, and another candidate's token gets the same 404 as a missing dossier.
 */
final class Checks {

    private Checks() {
    }

    static boolean run(Report report, URI base, List<Seeder.Seeded> dossiers, String[] tokens)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Seeder.Seeded mine = dossiers.get(0);
        int other = 1;
        while (other < dossiers.size() - 1 && dossiers.get(other).subject().equals(mine.subject())) {
            other++;
        }
        String page = "/candidatures/" + mine.id();
        report.line("");
        report.line("Checks before the load:");
        boolean ok = check(report, client, "GET / without a token", Benchmark.get(base, "/", null), 200);
        ok &= check(report, client, "GET " + page + " with its candidate's token",
                Benchmark.get(base, page, tokens[0]), 200);
        ok &= check(report, client, "GET " + page + " with another candidate's token",
                Benchmark.get(base, page, tokens[other]), 404);
        return ok;
    }

    private static boolean check(Report report, HttpClient client, String what, HttpRequest request, int expected)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, BodyHandlers.ofByteArray());
        boolean ok = response.statusCode() == expected;
        report.line("- %s: HTTP %d, %,d bytes (expected %d)%s", what, response.statusCode(), response.body().length,
                expected, ok ? "" : " — **WRONG**");
        if (!ok) {
            Benchmark.log("!!! %s: expected HTTP %d, got %d", what, expected, response.statusCode());
        }
        return ok;
    }
}
