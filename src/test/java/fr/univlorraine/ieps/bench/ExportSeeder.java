package fr.univlorraine.ieps.bench;

import java.sql.SQLException;

/**
 * The published decisions of the seeded waiting lists, as the decision service leaves them: each WAITLISTED
 * dossier gets a published WAITLIST decision whose rank is its position in its track (by id), so that the
 * exported waiting list is read through the decisions as in production.
 */
final class ExportSeeder {

    private ExportSeeder() {
    }

    /** Writes the decisions into the stopped app's database; returns how many. */
    static int waitlistDecisions(BenchPostgres database) throws SQLException {
        try (var db = database.connect()) {
            int written = db.createStatement().executeUpdate("""
                    insert into decision (application_id, kind, waitlist_rank, prepared_by, prepared_at, published_at)
                    select a.id, 'WAITLIST', row_number() over (partition by a.track_id order by a.id), 'Marc Weber',
                        a.updated_at, a.updated_at
                    from application a
                    where a.status = 'WAITLISTED' and not exists (select 1 from decision d where d.application_id = a.id)""");
            db.commit();
            return written;
        }
    }
}
