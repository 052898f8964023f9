package fr.univlorraine.ieps.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The publication's target (issue "Season-proof", item 2): a programme head publishes {@code bench.publication}
 * decisions (300) through the decisions page's form, and the request returns in under 2 s whatever the mail
 * server does: the mails are written to the outbox in the publication's transaction and sent later by the outbox
 * job, never on the request's thread. Measured three times, the mail server (a) answering, (b) down (connection
 * refused) and (c) very slow (every reply after {@code bench.smtpPause} seconds). Each time on a fresh campaign
 * (JDBC, the app running: it becomes the current one) whose M2 track holds that many dossiers under review with a
 * draft decision each (a few admissions within the capacity, a waiting list, refusals with a motive); the head
 * opens the page, ticks the confirmation and posts. Then, through JDBC: the decisions published, one mail each in
 * the outbox, and what the job made of them a little later.
 */
final class PublicationBench {

    static final double TARGET_MS = 2000;
    private static final String TRACK = "M2";
    /** The track's capacity, all offered at publication: no place left for the waiting list to take at once. */
    private static final int CAPACITY = 19;

    private record Measure(BenchSmtp.Mode mode, long trackId, double pageMs, double publishMs, double afterMs,
            int published, int mails, Map<String, Integer> atResponse, Map<String, Integer> later, String laterWhen,
            String error) {
    }

    private PublicationBench() {
    }

    static boolean run(Report report, URI base, Settings s, BenchPostgres database, BenchSmtp smtp, String head)
            throws Exception {
        var measures = new ArrayList<Measure>();
        boolean ok = true;
        for (BenchSmtp.Mode mode : BenchSmtp.Mode.values()) {
            Benchmark.log("    publication of %d decisions, mail server %s", s.publication(), describe(mode, s));
            Measure m = measure(base, s, database, smtp, head, mode);
            measures.add(m);
            ok &= m.error() == null && m.published() == s.publication() && m.mails() == s.publication();
        }
        smtp.mode(BenchSmtp.Mode.ANSWERING);
        report.line("");
        report.line("%s", String.format(Locale.ROOT, "Publication of %d decisions by a programme head (POST"
                + " /responsable/decisions/%s/publier, the form of the decisions page with its CSRF token), each time on a"
                + " fresh campaign whose %s track holds %d dossiers under review with a draft decision (%d admissions,"
                + " as many as places, %d on the waiting list, the rest refused with a motive). Time of the publication request: from sending"
                + " the post to its 303 answer; then the page it redirects to (the decisions page, with the follow-up of"
                + " the %d decisions). The outbox job runs every 10 s.", s.publication(), TRACK, TRACK, s.publication(),
                admits(s.publication()), waitlist(s.publication()), s.publication()));
        report.line("");
        report.line("| Mail server | Decisions page before, ms | Publication request, ms | Page after, ms | Published"
                + " | Mails in the outbox | Outbox when the request returned | Outbox later |");
        report.line("|---|---:|---:|---:|---:|---:|---|---|");
        for (Measure m : measures) {
            report.line("| %s | %.0f | %s | %.0f | %d | %d | %s | %s: %s |", describe(m.mode(), s), m.pageMs(),
                    m.error() == null ? String.format(Locale.ROOT, "%.0f", m.publishMs()) : "**" + m.error() + "**",
                    m.afterMs(), m.published(), m.mails(), states(m.atResponse()), m.laterWhen(), states(m.later()));
        }
        report.line("");
        report.line("Targets (measured, not asserted):");
        for (Measure m : measures) {
            report.target(String.format(Locale.ROOT, "publication of %d decisions in under 2 s, mail server %s",
                    s.publication(), describe(m.mode(), s)), m.error() == null
                    ? String.format(Locale.ROOT, "%.0f ms; %d mails in the outbox", m.publishMs(), m.mails()) : m.error(),
                    m.error() == null && m.publishMs() < TARGET_MS && m.mails() == s.publication());
        }
        return ok;
    }

    private static int admits(int dossiers) {
        return Math.max(1, Math.min(CAPACITY, dossiers / 4));
    }

    private static int waitlist(int dossiers) {
        return Math.min(60, (dossiers - admits(dossiers)) / 3);
    }

    private static String describe(BenchSmtp.Mode mode, Settings s) {
        return switch (mode) {
            case ANSWERING -> "(a) answering";
            case DOWN -> "(b) down, connection refused";
            case SLOW -> "(c) very slow, each reply after " + s.smtpPause().toSeconds() + " s";
        };
    }

    private static Measure measure(URI base, Settings s, BenchPostgres database, BenchSmtp smtp, String head,
            BenchSmtp.Mode mode) throws Exception {
        long trackId = seed(database, s.publication());
        smtp.mode(mode);
        var browser = new BenchBrowser(BenchBrowser.client(), base, head);
        String page = "/responsable/decisions/" + TRACK;
        long begin = System.nanoTime();
        BenchBrowser.Page before;
        try {
            before = browser.open(page);
        } catch (BenchBrowser.Unexpected e) {
            return failed(mode, trackId, e.getMessage());
        }
        double pageMs = (System.nanoTime() - begin) / 1e6;
        List<Map.Entry<String, String>> form = List.of(new SimpleEntry<>("csrf-token", BenchBrowser.csrf(before)),
                new SimpleEntry<>("publishConfirm", "on"), new SimpleEntry<>("warningsConfirm", "on"));
        begin = System.nanoTime();
        BenchBrowser.Page answer;
        try {
            answer = browser.postFormOnly(page + "/publier", form);
        } catch (BenchBrowser.Unexpected e) {
            return failed(mode, trackId, e.getMessage());
        }
        double publishMs = (System.nanoTime() - begin) / 1e6;
        Map<String, Integer> atResponse = outbox(database, trackId);
        begin = System.nanoTime();
        try {
            browser.open(answer.location());
        } catch (BenchBrowser.Unexpected e) {
            return failed(mode, trackId, e.getMessage());
        }
        double afterMs = (System.nanoTime() - begin) / 1e6;
        int[] counts = published(database, trackId);
        // what the job made of them: all sent (the server answering), or one pass or two later
        Instant since = Instant.now();
        Duration wait = mode == BenchSmtp.Mode.ANSWERING ? Duration.ofSeconds(90) : Duration.ofSeconds(25);
        Map<String, Integer> later = outbox(database, trackId);
        while (Duration.between(since, Instant.now()).compareTo(wait) < 0
                && !(mode == BenchSmtp.Mode.ANSWERING && later.getOrDefault("SENT", 0) == counts[1])) {
            Thread.sleep(500);
            later = outbox(database, trackId);
        }
        String when = String.format(Locale.ROOT, "%.0f s later", Duration.between(since, Instant.now()).toMillis() / 1000.0);
        return new Measure(mode, trackId, pageMs, publishMs, afterMs, counts[0], counts[1], atResponse, later, when, null);
    }

    private static Measure failed(BenchSmtp.Mode mode, long trackId, String error) {
        Benchmark.log("!!! publication, mail server %s: %s", mode, error);
        return new Measure(mode, trackId, 0, 0, 0, 0, 0, Map.of(), Map.of(), "", error);
    }

    /** A new campaign (the current one from now on), its tracks closed, and in M2 the dossiers and their drafts. */
    private static long seed(BenchPostgres database, int dossiers) throws SQLException {
        try (Connection db = database.connect()) {
            int year;
            try (var rs = db.createStatement().executeQuery("select max(start_year) + 1 from campaign")) {
                rs.next();
                year = rs.getInt(1);
            }
            long campaign;
            try (var insert = db.prepareStatement("insert into campaign (code, start_year, created_at) values (?, ?, ?)"
                    + " returning id")) {
                insert.setString(1, year + "-" + (year + 1));
                insert.setInt(2, year);
                insert.setObject(3, SeedDatabase.utc(Instant.now()));
                try (var rs = insert.executeQuery()) {
                    rs.next();
                    campaign = rs.getLong(1);
                }
            }
            Instant now = Instant.now();
            long track = 0;
            for (String level : List.of("M1", "M2")) {
                try (var insert = db.prepareStatement("""
                        insert into track (campaign_id, level, capacity, opens_at, closes_at, review_deadline,
                            decisions_published_at, offer_response_days, reminder_days_before)
                        values (?, ?, ?, ?, ?, ?, ?, 10, 3) returning id""")) {
                    int i = 0;
                    insert.setLong(++i, campaign);
                    insert.setString(++i, level);
                    insert.setInt(++i, admits(dossiers));
                    insert.setObject(++i, SeedDatabase.utc(now.minus(Duration.ofDays(120))));
                    insert.setObject(++i, SeedDatabase.utc(now.minus(Duration.ofDays(30))));
                    insert.setObject(++i, SeedDatabase.utc(now.minus(Duration.ofDays(2))));
                    insert.setObject(++i, SeedDatabase.utc(now.plus(Duration.ofDays(1))));
                    try (var rs = insert.executeQuery()) {
                        rs.next();
                        track = level.equals(TRACK) ? rs.getLong(1) : track;
                    }
                }
            }
            try (var insert = db.prepareStatement("""
                    insert into application (track_id, candidate_subject, live_track_id, reference, status, entry_route,
                        lang, civility, first_name, last_name, email, declaration_accuracy, declaration_privacy,
                        created_at, updated_at, submitted_at)
                    select ?, 'bench-publication-' || ? || '-' || g, ?, 'IEPS-' || ? || '-M2-' || lpad(g::text, 4, '0'),
                        'UNDER_REVIEW', 'INITIALE', 'fr', 'MME', 'Camille', 'Publication ' || g,
                        'publication' || g || '.' || ? || '@exemple.fr', true, true, ?, ?, ?
                    from generate_series(1, ?) g""")) {
                var at = SeedDatabase.utc(now.minus(Duration.ofDays(40)));
                insert.setLong(1, track);
                insert.setInt(2, year);
                insert.setLong(3, track);
                insert.setInt(4, year);
                insert.setInt(5, year);
                insert.setObject(6, at);
                insert.setObject(7, at);
                insert.setObject(8, at);
                insert.setInt(9, dossiers);
                insert.executeUpdate();
            }
            try (var insert = db.prepareStatement("""
                    insert into decision (application_id, kind, waitlist_rank, motive_id, prepared_by, prepared_at)
                    select a.id,
                        case when a.n <= ? then 'ADMIT' when a.n <= ? then 'WAITLIST' else 'REJECT' end,
                        case when a.n > ? and a.n <= ? then a.n - ? end,
                        case when a.n > ? then (select min(id) from refusal_motive) end,
                        'Marc Weber', ?
                    from (select id, row_number() over (order by id) n from application where track_id = ?) a""")) {
                int admits = admits(dossiers);
                int waitlisted = admits + waitlist(dossiers);
                insert.setInt(1, admits);
                insert.setInt(2, waitlisted);
                insert.setInt(3, admits);
                insert.setInt(4, waitlisted);
                insert.setInt(5, admits);
                insert.setInt(6, waitlisted);
                insert.setObject(7, SeedDatabase.utc(now.minus(Duration.ofDays(1))));
                insert.setLong(8, track);
                insert.executeUpdate();
            }
            db.commit();
            return track;
        }
    }

    /** {published decisions, decision mails in the outbox} of the track. */
    private static int[] published(BenchPostgres database, long trackId) throws SQLException {
        try (Connection db = database.connect(); var query = db.prepareStatement("""
                select (select count(*) from decision d join application a on a.id = d.application_id
                        where a.track_id = ? and d.published_at is not null),
                    (select count(*) from mail_outbox m join application a on a.id = m.application_id
                        where a.track_id = ? and m.kind = 'DECISION')""")) {
            query.setLong(1, trackId);
            query.setLong(2, trackId);
            try (var rs = query.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }

    /** The track's decision mails by state (and, for those waiting again, how many failed once at least). */
    private static Map<String, Integer> outbox(BenchPostgres database, long trackId) throws SQLException {
        var states = new LinkedHashMap<String, Integer>();
        try (Connection db = database.connect(); var query = db.prepareStatement("""
                select case when m.state = 'PENDING' and m.attempts > 0 then 'PENDING after a failure' else m.state end,
                    count(*)
                from mail_outbox m join application a on a.id = m.application_id
                where a.track_id = ? and m.kind = 'DECISION' group by 1 order by 1""")) {
            query.setLong(1, trackId);
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return states;
    }

    private static String states(Map<String, Integer> states) {
        if (states.isEmpty()) {
            return "none";
        }
        var parts = new ArrayList<String>();
        states.forEach((state, count) -> parts.add(count + " " + state));
        return String.join(", ", parts);
    }
}
