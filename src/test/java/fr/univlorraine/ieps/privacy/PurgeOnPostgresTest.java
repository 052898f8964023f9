package fr.univlorraine.ieps.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.univlorraine.ieps.MigratedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The purge's statements run on a real PostgreSQL server (production's database) as on H2: a refused dossier's rows
 * go, the offer that took its freed place stays and forgets the link, the reduced enrolled dossier keeps its row.
 */
class PurgeOnPostgresTest {

    @RegisterExtension
    static final MigratedPostgres POSTGRES = new MigratedPostgres();

    @Test
    void thePurgesStatementsRunOnPostgres() throws SQLException {
        try (Connection c = POSTGRES.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into campaign (code, start_year, created_at) values ('2041-2042', 2041, now())");
            s.execute("insert into track (campaign_id, level, capacity, opens_at, closes_at, review_deadline, "
                    + "decisions_published_at, offer_response_days, reminder_days_before) select id, 'M1', 19, now(), "
                    + "now() + interval '30 days', now() + interval '60 days', now() + interval '70 days', 8, 2 "
                    + "from campaign where code = '2041-2042'");
            long track = single(s, "select t.id from track t join campaign c on c.id = t.campaign_id where c.code = '2041-2042'");
            long refused = dossier(s, track, "pg-refused", "REJECTED");
            long enrolled = dossier(s, track, "pg-enrolled", "ENROLLED");
            for (long id : new long[] {refused, enrolled}) {
                s.execute("insert into application_degree (application_id, position, title) values (" + id + ", 0, 'Licence')");
                s.execute("insert into application_document (application_id, document_type_id, status, stored_name, uploaded_at,"
                        + " uploaded_by) select " + id + ", min(id), 'PENDING', '" + "%032d".formatted(id) + "', now(), 'c'"
                        + " from document_type");
                s.execute("insert into offer (application_id, track_id, offered_at, deadline) values (" + id + ", " + track
                        + ", now(), now())");
            }
            s.execute("update offer set replaces_offer_id = (select id from offer where application_id = " + refused
                    + ") where application_id = " + enrolled);

            run(c, PurgeService.CONTENT, refused);
            run(c, PurgeService.DOSSIER_ONLY, refused);
            run(c, PurgeService.CONTENT, enrolled);
            run(c, List.of(PurgeService.MINIMIZE), enrolled);

            assertEquals(0, single(s, "select count(*) from application where id = " + refused));
            assertEquals(0, single(s, "select count(*) from application_document where application_id in (" + refused + ", "
                    + enrolled + ")"));
            assertEquals(1, single(s, "select count(*) from application where id = " + enrolled + " and phone is null"));
            assertEquals(1, single(s, "select count(*) from offer where application_id = " + enrolled
                    + " and replaces_offer_id is null"));
            assertEquals(0, single(s, "select count(*) from application_degree"));
        }
    }

    private static long dossier(Statement s, long track, String subject, String status) throws SQLException {
        s.execute("insert into application (track_id, candidate_subject, status, entry_route, phone, created_at, updated_at)"
                + " values (" + track + ", '" + subject + "', '" + status + "', 'INITIALE', '0601020304', now(), now())");
        return single(s, "select id from application where candidate_subject = '" + subject + "'");
    }

    private static void run(Connection c, List<String> statements, long id) throws SQLException {
        for (String sql : statements) {
            try (PreparedStatement p = c.prepareStatement(sql.replace("?1", "?"))) {
                p.setLong(1, id);
                p.executeUpdate();
            }
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
