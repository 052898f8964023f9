package fr.univlorraine.ieps.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EmployerStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.kernel.SearchKey;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Writes N synthetic dossiers, with their degrees, experiences, themes and history, straight into
 * the database of the stopped app (JDBC batches: seconds, where HTTP would take minutes). The app
 * creates the schema and the demo campaign at its first start. Same seed, same dossiers.
 */
final class Seeder {

    /** What the load scenarios need to know about a seeded dossier. */
    record Seeded(long id, String subject, String name, ApplicationStatus status) {
    }

    /**
     * The N dossiers of the realistic mix, which the load scenarios use, and the number of dossiers
     * under review added on top in the first track (M1) so that its ranking board holds the size asked.
     */
    record Written(List<Seeded> dossiers, int boardTopUp, int exportsTopUp, int exportTrackSize) {
    }

    static final String[] SECRETARIAT = {"5d0c2a4e-8b1f-4c3a-9e7d-2f6b1a0c9e11", "Claire Muller"};
    static final String[] HEAD = {"a7e3f9b2-1c4d-4e8a-b6f0-3d9c2e7a1b44", "Marc Weber"};
    private static final String[] SYSTEM = {"system", null};
    private static final int BATCH = 500;
    /** The track (index in the campaign's, M2) the exports' top-up goes to: the ranking board is M1's. */
    static final int EXPORT_TRACK = 1;

    private final BenchPostgres database;
    private final Random random;
    private final FrenchData data;
    private final Histories histories;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private List<SeedDatabase.TrackRow> tracks;
    private int[] lastNumber;  // reference numbers given so far, per track

    Seeder(BenchPostgres database, long seed) {
        this.database = database;
        this.random = new Random(seed);
        this.data = new FrenchData(random);
        this.histories = new Histories(random);
    }

    /**
     * N dossiers of the realistic mix; then, when {@code board} is above the number of them under review
     * in the first track (M1), more dossiers under review in that track up to {@code board} (0: none); then, when
     * {@code exports} is above the number of dossiers of the second track (M2), more of the realistic mix there up
     * to {@code exports} (0: none), for the secretariat's exports.
     */
    Written seed(int n, int board, int exports) throws SQLException {
        try (var db = new SeedDatabase(database)) {
            tracks = db.currentTracks();
            lastNumber = new int[tracks.size()];
            long firstId = db.firstFreeApplicationId();
            var seeded = new ArrayList<Seeded>(n);
            FrenchData.Person person = null;
            String subject = null;
            int track = 0;
            boolean repeated = false;
            int underReview = 0;  // in the first track
            int inExportTrack = 0;  // in the second track
            for (int i = 0; i < n; i++) {
                // Now and then the previous person also applies to the other level (same subject).
                repeated = !repeated && person != null && tracks.size() > 1 && random.nextInt(100) < 6;
                if (repeated) {
                    track = 1 - track;
                } else {
                    track = tracks.size() == 1 || random.nextInt(100) < 60 ? 0 : 1;  // M1 draws more candidates
                    person = data.person(i);
                    subject = UUID.nameUUIDFromBytes(("bench-candidate-" + i).getBytes(UTF_8)).toString();
                }
                ApplicationStatus status = write(db, firstId + i, subject, person, track, histories.finalStatus());
                seeded.add(new Seeded(firstId + i, subject, person.fullName(), status));
                underReview += status == ApplicationStatus.UNDER_REVIEW && track == 0 ? 1 : 0;
                inExportTrack += track == EXPORT_TRACK ? 1 : 0;
                if ((i + 1) % BATCH == 0) {
                    db.flush();
                }
            }
            // The ranking board's dossiers: new candidates, each with a whole history up to the review.
            int topUp = Math.max(0, board - underReview);
            for (int j = 0; j < topUp; j++) {
                int serial = n + j;
                person = data.person(serial);
                subject = UUID.nameUUIDFromBytes(("bench-candidate-" + serial).getBytes(UTF_8)).toString();
                write(db, firstId + serial, subject, person, 0, ApplicationStatus.UNDER_REVIEW);
                if ((j + 1) % BATCH == 0) {
                    db.flush();
                }
            }
            // The exports' dossiers: new candidates of the realistic mix in the second track.
            int exportsTopUp = tracks.size() > EXPORT_TRACK ? Math.max(0, exports - inExportTrack) : 0;
            for (int k = 0; k < exportsTopUp; k++) {
                int serial = n + topUp + k;
                person = data.person(serial);
                subject = UUID.nameUUIDFromBytes(("bench-candidate-" + serial).getBytes(UTF_8)).toString();
                write(db, firstId + serial, subject, person, EXPORT_TRACK, histories.finalStatus());
                if ((k + 1) % BATCH == 0) {
                    db.flush();
                }
            }
            db.finish(tracks, lastNumber, firstId + n + topUp + exportsTopUp);
            return new Written(seeded, topUp, exportsTopUp, inExportTrack + exportsTopUp);
        }
    }

    /** As the app numbers them at first submission: IEPS-2027-M1-0042. */
    private static String reference(SeedDatabase.TrackRow track, int number) {
        return String.format(Locale.ROOT, "IEPS-%d-%s-%04d", track.startYear(), track.level(), number);
    }

    /** One dossier and its history, ending in {@code status} (drawn from the realistic mix of {@link Histories}). */
    private ApplicationStatus write(SeedDatabase b, long id, String subject, FrenchData.Person p, int trackIndex,
            ApplicationStatus status) throws SQLException {
        SeedDatabase.TrackRow track = tracks.get(trackIndex);
        List<Histories.Step> steps = histories.path(status);
        boolean submitted = !steps.isEmpty() && steps.get(0).transition() == Transition.SUBMIT;
        EntryRoute route = data.pick(EntryRoute.values());
        // Event times: sorted random instants between the opening of the track and now.
        long span = Math.max(3600, now.getEpochSecond() - track.opensAt().getEpochSecond() - 3600);
        long[] times = random.longs(steps.size() + 1, 0, span).sorted().toArray();
        Instant created = track.opensAt().plusSeconds(times[0]);
        Instant updated = track.opensAt().plusSeconds(times[times.length - 1]);
        Instant submittedAt = null;
        for (int i = 0; i < steps.size(); i++) {
            Transition move = steps.get(i).transition();
            if (move == Transition.SUBMIT || move == Transition.RESUBMIT) {
                submittedAt = track.opensAt().plusSeconds(times[i + 1]);
            }
        }
        EmployerStatus employer = route == EntryRoute.ALTERNANCE ? data.pick(EmployerStatus.values()) : null;
        // A draft is often half filled in.
        boolean partial = !submitted && random.nextBoolean();
        Object[] values = {id, track.id(), subject, status.isLive() ? track.id() : null,
            submitted ? reference(track, ++lastNumber[trackIndex]) : null,
            status.name(), route.name(), route == EntryRoute.CONTINUE && random.nextInt(100) < 30,
            random.nextInt(100) < 96 ? "fr" : "en", p.civility(), p.firstName(), p.lastName(),
            partial ? null : p.birthDate(), partial ? null : p.nationality(), p.email(), partial ? null : p.phone(),
            partial ? null : p.address(), partial ? null : p.postalCode(), partial ? null : p.city(),
            partial ? null : p.country(), partial ? null : data.professionalProject(),
            partial ? null : data.researchProject(), employer == null ? null : employer.name(),
            employer != null && employer.namesEmployer() ? data.employer() : null, submitted, submitted,
            SeedDatabase.utc(created), SeedDatabase.utc(updated), SeedDatabase.utc(submittedAt),
            // the search's keys, as the entity keeps them (Application.foldSearchKeys)
            SearchKey.ofName(p.lastName(), p.firstName()), SearchKey.of(p.email())};
        b.application(values);
        if (!partial) {
            b.children(id, data.degrees(track.level()), data.experiences(route == EntryRoute.CONTINUE ? 1 : 0),
                    data.themes().toArray(ResearchTheme[]::new));
        }
        b.event(id, created, subject, p.fullName(), "CANDIDATE", null, null, "DRAFT", null);
        for (int i = 0; i < steps.size(); i++) {
            Histories.Step s = steps.get(i);
            String[] who = switch (s.actor()) {
                case CANDIDATE -> new String[] {subject, p.fullName()};
                case SECRETARIAT -> SECRETARIAT;
                case HEAD -> HEAD;
                case SYSTEM -> SYSTEM;
            };
            b.event(id, track.opensAt().plusSeconds(times[i + 1]), who[0], who[1], s.actor().name(),
                    s.transition().name(), s.from().name(), s.to().name(), s.reason());
        }
        return status;
    }
}
