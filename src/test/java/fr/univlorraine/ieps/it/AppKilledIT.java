package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.univlorraine.ieps.it.Candidates.Candidate;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app killed with SIGKILL in the middle of the season (the kernel's out-of-memory killer, a host that dies): an
 * instance of its own (same database, login server and secrets as the stack's, behind the same public address, with
 * its own documents folder) is killed while candidates upload and submit, then started again on the same folder and
 * database. Whatever the app acknowledged is there; whatever it did not is whole or absent; no file is left behind.
 */
class AppKilledIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> NAMES = List.of("Anaïs", "Bastien", "Chloé", "Dylan", "Emma", "Farid", "Gaëlle",
            "Hugo", "Inès", "Jules");

    private static RealStack stack;
    private static Path dataDir;
    private static int port;
    private static int starts;
    private static AppServer app;

    @BeforeAll
    static void startAnInstanceOfItsOwn() throws Exception {
        stack = RealStack.get();
        dataDir = RealStack.OUT.resolve("data-app-killed").toAbsolutePath();
        ServerProcess.deleteRecursively(dataDir);
        port = ServerProcess.freePort();
        app = start();
    }

    /**
     * Starts (or starts again) the instance on its port and folder. The start-up sweep spares files younger than a
     * grace period, in case another instance sharing the folder is writing them; this instance has the folder to
     * itself, so a second of grace is enough.
     */
    private static AppServer start() throws Exception {
        starts++;
        return stack.startAnotherApp(port, Map.of("IEPS_DATA_DIR", dataDir.toString(), "IEPS_DOCUMENTS_ORPHAN_GRACE", "PT1S",
                        "IEPS_DOCUMENTS_SWEEP_DELAY", "1s"),
                RealStack.OUT.resolve("app-killed-" + starts + ".log"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** One file a candidate sends for one piece of their dossier, and what became of it. */
    record Upload(Candidate candidate, String token, String code, byte[] bytes, String sha256) {
    }

    @Test
    void everyAcknowledgedUploadIsThereAfterAKillAndNoFileIsLeftWithoutItsRow() throws Exception {
        List<Upload> uploads = new ArrayList<>();
        for (String name : NAMES) {
            Candidate candidate = Candidates.withDraft(stack, name, "Coupé");
            String token = Candidates.token(stack, candidate);
            for (String code : List.of("CV", "LETTRE")) {
                byte[] pdf = Candidates.pdf(name + " " + code + " " + candidate.email(), 1_500_000);
                uploads.add(new Upload(candidate, token, code, pdf, sha256(pdf)));
            }
        }
        assertEquals(20, uploads.size());

        // all at once; killed once a few are acknowledged, while the others are on the wire or being checked
        Map<Upload, Integer> answers = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(uploads.size());
        try {
            List<CompletableFuture<Void>> sent = uploads.stream().map(upload -> CompletableFuture.runAsync(() -> {
                int status = put(upload);
                answers.put(upload, status);
                if (status == 200) {
                    acknowledged.incrementAndGet();
                }
            }, pool)).toList();
            awaitCount(acknowledged, 4, Duration.ofSeconds(90), "acknowledged uploads before the kill");
            app.kill();
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        List<Upload> kept = uploads.stream().filter(u -> answers.get(u) == 200).toList();
        long cut = uploads.stream().filter(u -> answers.get(u) == -1).count();
        assertTrue(cut > 0, "the kill cut uploads in flight: " + answers.values());
        assertTrue(uploads.stream().allMatch(u -> answers.get(u) == 200 || answers.get(u) == -1),
                "every upload was either acknowledged or cut by the kill, none refused: " + answers.values());
        System.out.printf("AppKilledIT: %d uploads acknowledged, %d cut by the kill; files left before the restart: %s%n",
                kept.size(), cut, filesUnder(dataDir).stream().map(p -> dataDir.relativize(p).toString()).toList());

        app = start();

        Map<String, String> rows = storedNames();
        for (Upload upload : kept) {
            Row row = row(upload);
            assertTrue(row != null, "acknowledged upload " + upload.code() + " of " + upload.candidate().email() + " has its row");
            assertEquals(upload.sha256(), row.sha256(), "the row of the acknowledged upload is this file's");
            Path file = documents().resolve(row.storedName().substring(0, 2)).resolve(row.storedName());
            assertTrue(Files.isRegularFile(file), "the file of an acknowledged upload is there: " + file);
            assertEquals(upload.sha256(), sha256(Files.readAllBytes(file)), "its bytes are those sent");
        }
        // a cut upload may have been recorded just before the kill: then whole, with the bytes of the candidate's file
        for (Upload upload : uploads) {
            Row row = row(upload);
            if (row != null) {
                Path file = documents().resolve(row.storedName().substring(0, 2)).resolve(row.storedName());
                assertTrue(Files.isRegularFile(file), "a recorded document has its file: " + upload.code() + " " + file);
                assertEquals(row.sha256(), sha256(Files.readAllBytes(file)), "a recorded document's file is whole");
                assertEquals(upload.sha256(), row.sha256(), "a recorded document is the file the candidate sent");
            }
        }
        // the app after its restart serves each acknowledged file as sent
        for (Upload upload : kept) {
            String token = Candidates.token(stack, upload.candidate());
            Row row = row(upload);
            HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(app.base.resolve("/candidatures/"
                    + upload.candidate().dossier() + "/pieces/fichier/" + row.id())).header("Authorization", "Bearer " + token)
                    .build(), BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode(), "the restarted app serves " + upload.code() + " of " + upload.candidate().email());
            assertEquals(upload.sha256(), sha256(file.body()), "and its bytes are those sent");
        }
        assertNoFileWithoutRow(rows);
    }

    @Test
    void aSubmissionCutByAKillIsWholeOrNotMadeAndTheReceiptsGoOutAfterTheRestart() throws Exception {
        List<Candidate> candidates = new ArrayList<>();
        for (String name : NAMES.subList(0, 8)) {
            Candidate candidate = Candidates.withDraft(stack, name, "Interrompu");
            String token = Candidates.token(stack, candidate);
            for (String code : requiredPieces(candidate, token)) {
                Upload upload = new Upload(candidate, token, code, Candidates.pdf(name + " " + code, 0), null);
                assertEquals(200, put(upload), "piece " + code + " uploaded before the submissions");
            }
            candidates.add(candidate);
        }
        Map<Candidate, String> reviewed = new HashMap<>();
        Map<Candidate, String> forms = new HashMap<>();
        Map<Candidate, String> tokens = new HashMap<>();
        for (Candidate candidate : candidates) {
            // the candidate rereads the project and presses the form's submit button: the text is saved and the summary
            // shown; what the kill may cut is the summary's button, the one that submits
            reviewed.put(candidate, candidate.professionalProject() + " Relu avant l'envoi.");
            tokens.put(candidate, Candidates.token(stack, candidate));
            String toSummary = Candidates.dossierForm(candidate, reviewed.get(candidate), "submit",
                    Candidates.version(stack, candidate.dossier()));
            assertEquals(303, post(candidate, tokens.get(candidate), "/dossier", toSummary, "/confirmation"),
                    "the form's submit button leads to the summary");
            forms.put(candidate, Candidates.encode(Map.of("version",
                    String.valueOf(Candidates.version(stack, candidate.dossier())))));
        }

        Map<Candidate, Integer> answers = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(candidates.size());
        try {
            List<CompletableFuture<Void>> sent = candidates.stream().map(candidate -> CompletableFuture.runAsync(() -> {
                int status = post(candidate, tokens.get(candidate), "/confirmation", forms.get(candidate), "ok=submitted");
                answers.put(candidate, status);
                if (status == 303) {
                    acknowledged.incrementAndGet();
                }
            }, pool)).toList();
            awaitCount(acknowledged, 1, Duration.ofSeconds(60), "acknowledged submissions before the kill");
            app.kill();
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("AppKilledIT: submissions answered %s (303 acknowledged, -1 cut by the kill)%n", answers.values());
        assertTrue(answers.values().stream().allMatch(s -> s == 303 || s == -1), "acknowledged or cut, none refused: " + answers.values());
        assertTrue(answers.values().stream().anyMatch(s -> s == -1), "the kill cut submissions in flight: " + answers.values());

        app = start();

        List<String> receipts = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Dossier dossier = dossier(candidate);
            if (answers.get(candidate) == 303) {
                assertEquals("SUBMITTED", dossier.status(), "an acknowledged submission is kept: " + candidate.email());
            }
            if (dossier.status().equals("SUBMITTED")) {
                assertTrue(dossier.reference() != null && dossier.reference().matches("IEPS-2027-M1-\\d{4}"), dossier.toString());
                assertTrue(dossier.submittedAt(), "submitted with its date: " + dossier);
                assertEquals(reviewed.get(candidate), dossier.professionalProject(), "submitted with the text sent with it");
                assertEquals(1, dossier.submitEvents(), "its history says it was submitted: " + dossier);
                assertEquals(List.of(dossier.reference()), dossier.receipts(), "its receipt is owed, once: " + dossier);
                receipts.add(candidate.email());
            } else {
                assertEquals("DRAFT", dossier.status(), "not submitted: still a draft " + dossier);
                assertEquals(null, dossier.reference(), "a draft has no reference: " + dossier);
                assertTrue(!dossier.submittedAt(), "nor a submission date: " + dossier);
                assertEquals(reviewed.get(candidate), dossier.professionalProject(),
                        "the draft keeps the text saved on the way to the summary");
                assertEquals(0, dossier.submitEvents(), "nor a submission in its history: " + dossier);
                assertEquals(List.of(), dossier.receipts(), "nor a receipt: " + dossier);
            }
        }
        assertReferencesWithoutGapsOrRepeats();
        // the receipts go out, by the restarted instance or the stack's (the outbox is shared: each is sent once)
        for (String email : receipts) {
            stack.smtp.await(m -> m.recipients().contains(email), Duration.ofSeconds(60));
        }
        assertNoFileWithoutRow(storedNames());
    }

    // ---- the candidates' requests

    /** The upload's HTTP status, or -1 when the connection was cut before an answer. */
    private static int put(Upload upload) {
        try {
            HttpRequest request = HttpRequest.newBuilder(app.base.resolve("/api/me/applications/" + upload.candidate().dossier()
                    + "/documents/" + upload.code())).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + upload.token()).header("X-File-Name", upload.code() + ".pdf")
                    .header("If-None-Match", "*").header("Content-Type", "application/pdf")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(upload.bytes())).build();
            return HTTP.send(request, BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * The HTTP status of a form posted to the dossier's {@code route} (303 only when it redirects where {@code next}
     * says: the summary, or the status page once submitted; 0 for another redirect), or -1 when cut before an answer.
     */
    private static int post(Candidate candidate, String token, String route, String form, String next) {
        try {
            HttpRequest request = HttpRequest.newBuilder(app.base.resolve("/candidatures/" + candidate.dossier() + route))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            HttpResponse<String> response = HTTP.send(request, BodyHandlers.ofString());
            if (response.statusCode() == 303 && !response.headers().firstValue("Location").orElse("").contains(next)) {
                return 0;
            }
            return response.statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private List<String> requiredPieces(Candidate candidate, String token) throws Exception {
        HttpResponse<String> checklist = HTTP.send(HttpRequest.newBuilder(app.base.resolve("/api/me/applications/"
                + candidate.dossier() + "/documents")).header("Authorization", "Bearer " + token).build(), BodyHandlers.ofString());
        assertEquals(200, checklist.statusCode(), checklist.body());
        var items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(checklist.body());
        List<String> codes = new ArrayList<>();
        items.forEach(item -> {
            if (item.get("requirement").asText().equals("MANDATORY")) {
                codes.add(item.get("code").asText());
            }
        });
        assertTrue(codes.contains("CV"), "the checklist asks for a CV: " + checklist.body());
        return codes;
    }

    private static void awaitCount(AtomicInteger count, int atLeast, Duration timeout, String what) throws InterruptedException {
        // a look every 20 ms, counted (not timed by the machine's clock)
        for (long looks = timeout.toMillis() / 20; count.get() < atLeast; looks--) {
            if (looks <= 0) {
                fail("only " + count.get() + " " + what + " after " + timeout.toSeconds() + " s (expected " + atLeast + ")");
            }
            Thread.sleep(20);
        }
    }

    // ---- what the database and the folder hold

    record Row(long id, String storedName, String sha256) {
    }

    private static Row row(Upload upload) throws Exception {
        try (Connection db = stack.database(); PreparedStatement q = db.prepareStatement("select d.id, d.stored_name, d.sha256"
                + " from application_document d join document_type t on t.id = d.document_type_id where d.application_id = ? and t.code = ?")) {
            q.setLong(1, upload.candidate().dossier());
            q.setString(2, upload.code());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new Row(rs.getLong(1), rs.getString(2), rs.getString(3)) : null;
            }
        }
    }

    /** Every stored name any row of the database knows, with its SHA-256. */
    private static Map<String, String> storedNames() throws Exception {
        Map<String, String> names = new HashMap<>();
        try (Connection db = stack.database(); ResultSet rs = db.createStatement().executeQuery(
                "select stored_name, sha256 from application_document where stored_name is not null")) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        return names;
    }

    record Dossier(String status, String reference, boolean submittedAt, String professionalProject, int submitEvents,
            List<String> receipts) {
    }

    private static Dossier dossier(Candidate candidate) throws Exception {
        try (Connection db = stack.database()) {
            String status;
            String reference;
            boolean submittedAt;
            String project;
            try (PreparedStatement q = db.prepareStatement("select status, reference, submitted_at, professional_project"
                    + " from application where id = ?")) {
                q.setLong(1, candidate.dossier());
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next(), "the dossier is there");
                    status = rs.getString(1);
                    reference = rs.getString(2);
                    submittedAt = rs.getObject(3) != null;
                    project = rs.getString(4);
                }
            }
            int events;
            try (PreparedStatement q = db.prepareStatement("select count(*) from application_event where application_id = ?"
                    + " and transition = 'SUBMIT'")) {
                q.setLong(1, candidate.dossier());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    events = rs.getInt(1);
                }
            }
            List<String> receipts = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("select reference from mail_outbox where application_id = ?"
                    + " and kind = 'RECEIPT'")) {
                q.setLong(1, candidate.dossier());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        receipts.add(rs.getString(1));
                    }
                }
            }
            return new Dossier(status, reference, submittedAt, project, events, receipts);
        }
    }

    /** The track's counter gave each number once, and only to a dossier that kept it: a killed submission took none. */
    private static void assertReferencesWithoutGapsOrRepeats() throws Exception {
        try (Connection db = stack.database(); ResultSet rs = db.createStatement().executeQuery("select r.last_number,"
                + " (select count(*) from application a where a.track_id = r.track_id and a.reference is not null),"
                + " (select count(distinct a.reference) from application a where a.track_id = r.track_id)"
                + " from track_reference r join track t on t.id = r.track_id where t.level = 'M1'")) {
            assertTrue(rs.next(), "the M1 track has its counter");
            assertEquals(rs.getLong(1), rs.getLong(2), "as many M1 references given as the counter counted");
            assertEquals(rs.getLong(2), rs.getLong(3), "no M1 reference given twice");
        }
    }

    private static Path documents() {
        return dataDir.resolve("documents");
    }

    /**
     * No document file without its row, no partial file, no request body left in the uploads folder, once the sweep
     * that follows the start-up (a second after it here) has run.
     */
    private static void assertNoFileWithoutRow(Map<String, String> rows) throws Exception {
        List<Path> leftovers = leftovers(rows);
        // up to 30 s, a look every 250 ms (counted, not timed by the machine's clock)
        for (int look = 0; look < 120 && !leftovers.isEmpty(); look++) {
            Thread.sleep(250);
            leftovers = leftovers(rows);
        }
        assertEquals(List.of(), leftovers, "files without a row or half-written, after the restart");
    }

    private static List<Path> leftovers(Map<String, String> rows) throws Exception {
        List<Path> leftovers = new ArrayList<>();
        for (Path file : filesUnder(documents())) {
            if (file.getParent().getFileName().toString().startsWith(".") || !rows.containsKey(file.getFileName().toString())) {
                leftovers.add(file);
            }
        }
        leftovers.addAll(filesUnder(dataDir.resolve("uploads")));
        return leftovers;
    }

    private static List<Path> filesUnder(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
