package fr.univlorraine.ieps.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;

/** The rush's SQL, the app running: the track, its closing time, and the checks of the dossiers and the outbox afterwards. */
final class RushDatabase {

    private RushDatabase() {
    }

    /** The current campaign's track of this level. */
    static long currentTrack(BenchPostgres database, String level) throws SQLException {
        try (Connection db = database.connect(); var query = db.prepareStatement("""
                select t.id from track t join campaign c on c.id = t.campaign_id
                where t.level = ? and c.start_year = (select max(start_year) from campaign)""")) {
            query.setString(1, level);
            try (var rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no track " + level + " in the current campaign");
                }
                return rs.getLong(1);
            }
        }
    }

    /** As an admin would move the closing date: the app reads it from the track at each submission. */
    static void closeAt(BenchPostgres database, long trackId, Instant closing) throws SQLException {
        try (Connection db = database.connect();
                var update = db.prepareStatement("update track set closes_at = ? where id = ?")) {
            update.setObject(1, SeedDatabase.utc(closing));
            update.setLong(2, trackId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("track " + trackId + " not found");
            }
            db.commit();
        }
    }

    /** Every candidate's dossier submitted with its own reference, and exactly one receipt mail each in the outbox. */
    static boolean check(Report report, BenchPostgres database, long[] ids, int completed) throws SQLException {
        int n = ids.length;
        int submitted = 0;
        int withReference = 0;
        int oneReceipt = 0;
        int receiptsSent = 0;
        var references = new HashSet<String>();
        try (Connection db = database.connect(); var query = db.prepareStatement("""
                select a.status, a.reference,
                    (select count(*) from mail_outbox m where m.application_id = a.id and m.kind = 'RECEIPT'),
                    (select count(*) from mail_outbox m where m.application_id = a.id and m.kind = 'RECEIPT' and m.state = 'SENT')
                from application a where a.id = any (?)""")) {
            query.setArray(1, db.createArrayOf("bigint", Arrays.stream(ids).boxed().toArray()));
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    boolean isSubmitted = "SUBMITTED".equals(rs.getString(1));
                    submitted += isSubmitted ? 1 : 0;
                    String reference = rs.getString(2);
                    if (isSubmitted && reference != null && references.add(reference)) {
                        withReference++;
                    }
                    oneReceipt += isSubmitted && rs.getInt(3) == 1 ? 1 : 0;
                    receiptsSent += rs.getInt(4) > 0 ? 1 : 0;
                }
            }
        }
        boolean ok = verdict(report, "journeys done to the end", completed, n);
        ok &= verdict(report, "dossiers in state SUBMITTED", submitted, n);
        ok &= verdict(report, "submitted dossiers with their own reference (distinct)", withReference, n);
        ok &= verdict(report, "submitted dossiers with exactly one receipt mail in the outbox", oneReceipt, n);
        report.line("- receipt mails already sent to the mail server by the outbox job when the rush ended: %d of %d"
                + " (the job runs every 10 s; not a target)", receiptsSent, n);
        return ok;
    }

    private static boolean verdict(Report report, String what, int found, int expected) {
        boolean ok = found == expected;
        report.line("- %s: %d of %d%s", what, found, expected, ok ? "" : " — **WRONG**");
        if (!ok) {
            Benchmark.log("!!! rush: %s: %d of %d", what, found, expected);
        }
        return ok;
    }
}
