package fr.univlorraine.ieps.bench;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.review.Recommendation;
import fr.univlorraine.ieps.review.ReviewStatus;
import fr.univlorraine.ieps.review.Scores;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The reviews behind the ranking board, written through JDBC after {@link Seeder} (the app stopped): the
 * teaching team completed to {@value #MEMBERS} members, and every dossier of the campaign that reached the
 * review ({@code to_status = UNDER_REVIEW} in its history) read by 3 distinct members who submitted their
 * levels on each criterion of the campaign's rubric, the weighted score computed as the app does
 * ({@link Scores#weighted}), and a recommendation. Scores spread around a dossier's quality, reviewers
 * have their own bias, some disagree strongly; ties come from the rubric's discrete levels. Then the heads
 * of the first track (M1) have started ranking: explicit positions for most of its board, a dozen
 * dossiers moved up with a reason (rank_change), the dossiers reviewed since without a position.
 *
 * <p>The rubric (rubric_criterion) is written by the app at its first start (the demo campaign's
 * CampaignCreated event, else RubricService at start-up), before this runs, so the scores reference the
 * criteria the app will read.
 */
final class BoardSeeder {

    /** What was written, for the log and the report. */
    record Summary(long trackId, int boardDossiers, int reviewedDossiers, int reviews, int criteria, int members,
            int addedMembers, int positioned, int moves) {
    }

    static final int MEMBERS = 30;
    static final int REVIEWS_PER_DOSSIER = 3;
    private static final int MOVES = 12;
    private static final int BATCH = 500;

    private static final String[] PRACTITIONERS_FIRST = {"Sophie", "Nadia", "Laurent", "Julie", "Karim", "Isabelle",
        "Thomas", "Élise", "Malika", "Pierre", "Aurélie", "Yannick", "Hélène", "Samir", "Claire", "Vincent", "Fatou"};
    private static final String[] PRACTITIONERS_LAST = {"Schmitt", "Klein", "Bernard", "Meyer", "Haddad", "Muller",
        "Lambert", "Ferrari", "Diallo", "Roussel", "Becker", "Zimmermann", "Marchal", "Benali", "Hoffmann"};
    private static final String[] COMMENTS = {
        "Projet professionnel clair, bien ancré dans l'intervention sociale.",
        "Question de recherche encore floue ; le terrain envisagé est pertinent.",
        "Bon parcours en sociologie, expériences de stage solides.",
        "Expérience de terrain riche, projet de recherche à problématiser.",
        "Dossier cohérent, adéquation forte avec les thématiques de l'équipe.",
        "Prérequis disciplinaires fragiles ; motivation réelle.",
        "Projet de recherche ambitieux mais faisable, encadrement possible.",
        "Lettre de motivation générique, projet peu situé dans le champ.",
        "Parcours atypique (travail social), regard réflexif sur la pratique.",
        "Projet centré sur la protection de l'enfance, bien argumenté."};
    private static final String[] MOVE_REASONS = {
        "Projet de recherche mieux encadrable (thème vieillissement).",
        "Expérience de terrain plus longue, avis concordant de la commission.",
        "Adéquation forte avec l'axe protection de l'enfance.",
        "Correction d'une évaluation incomplète signalée en commission.",
        "Alternance : employeur confirmé, projet réaliste.",
        "Départage d'une égalité : projet professionnel plus abouti."};

    private final BenchPostgres database;
    private final Random random;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    BoardSeeder(BenchPostgres database, long seed) {
        this.database = database;
        this.random = new Random(seed + 7);  // not the dossiers' sequence: the same dossiers with or without the board
    }

    private record Reviewed(long id, long trackId, ApplicationStatus status, String reference, Instant opened,
            Instant updated) {
    }

    /** A dossier of the board as the heads' first ordering sees it. */
    private record Ranked(long id, String reference, BigDecimal mean) {
    }

    Summary seed() throws SQLException {
        try (Connection db = database.connect()) {
            List<Scores.Weighted> rubric = rubric(db);
            List<Long> tracks = longs(db, "select t.id from track t join campaign c on c.id = t.campaign_id"
                    + " where c.start_year = (select max(start_year) from campaign) order by t.level");
            long board = tracks.get(0);  // M1
            List<Long> members = longs(db, "select id from team_member where active order by id");
            int added = addMembers(db, members);
            List<Reviewed> dossiers = reviewed(db, tracks);
            List<Ranked> ranked = reviews(db, rubric, members, dossiers, board);
            int[] placed = positions(db, board, ranked);
            db.commit();
            return new Summary(board, ranked.size(), dossiers.size(), dossiers.size() * REVIEWS_PER_DOSSIER,
                    rubric.size(), members.size(), added, placed[0], placed[1]);
        }
    }

    /** The criteria of the latest campaign, in rubric order, as the score needs them. */
    private static List<Scores.Weighted> rubric(Connection db) throws SQLException {
        var rubric = new ArrayList<Scores.Weighted>();
        try (var rs = db.createStatement().executeQuery("""
                select k.id, k.weight from rubric_criterion k join campaign c on c.id = k.campaign_id
                where c.start_year = (select max(start_year) from campaign) order by k.position""")) {
            while (rs.next()) {
                rubric.add(new Scores.Weighted(rs.getLong(1), rs.getInt(2)));
            }
        }
        if (rubric.isEmpty()) {
            throw new IllegalStateException("No rubric in the database: the app seeds it at its first start");
        }
        return rubric;
    }

    private static List<Long> longs(Connection db, String sql) throws SQLException {
        var list = new ArrayList<Long>();
        try (var rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                list.add(rs.getLong(1));
            }
        }
        return list;
    }

    /** The brochure's team (seeded by the app) plus practitioners, up to {@link #MEMBERS}; their ids join the list. */
    private int addMembers(Connection db, List<Long> members) throws SQLException {
        long next = longs(db, "select coalesce(max(id), 0) + 1 from team_member").get(0);
        int added = 0;
        try (var member = db.prepareStatement("insert into team_member (id, full_name, email, max_dossiers, active)"
                + " values (?, ?, ?, ?, true)");
                var theme = db.prepareStatement("insert into team_member_theme (member_id, theme) values (?, ?)")) {
            while (members.size() < MEMBERS) {
                long id = next++;
                String first = PRACTITIONERS_FIRST[random.nextInt(PRACTITIONERS_FIRST.length)];
                String last = PRACTITIONERS_LAST[random.nextInt(PRACTITIONERS_LAST.length)];
                SeedDatabase.set(member, id, first + " " + last,
                        String.format(Locale.ROOT, "intervenant%d@bench.example.fr", id), 500);
                Set<ResearchTheme> themes = EnumSet.noneOf(ResearchTheme.class);
                for (int i = 1 + random.nextInt(2); themes.size() < i; ) {
                    themes.add(ResearchTheme.values()[random.nextInt(ResearchTheme.values().length)]);
                }
                for (ResearchTheme t : themes) {
                    SeedDatabase.set(theme, id, t.name());
                }
                members.add(id);
                added++;
            }
            member.executeBatch();
            theme.executeBatch();
        }
        db.createStatement().execute("alter table team_member alter column id restart with " + next);
        return added;
    }

    /** The campaign's dossiers that reached the review, with the time it was opened. */
    private static List<Reviewed> reviewed(Connection db, List<Long> tracks) throws SQLException {
        var list = new ArrayList<Reviewed>();
        try (var query = db.prepareStatement("""
                select a.id, a.track_id, a.status, a.reference, min(e.occurred_at), a.updated_at
                from application a join application_event e on e.application_id = a.id and e.to_status = 'UNDER_REVIEW'
                where a.track_id in (?, ?) group by a.id, a.track_id, a.status, a.reference, a.updated_at
                order by a.id""")) {
            query.setLong(1, tracks.get(0));
            query.setLong(2, tracks.get(tracks.size() - 1));
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    list.add(new Reviewed(rs.getLong(1), rs.getLong(2), ApplicationStatus.valueOf(rs.getString(3)),
                            rs.getString(4), instant(rs.getObject(5, LocalDateTime.class)),
                            instant(rs.getObject(6, LocalDateTime.class))));
                }
            }
        }
        return list;
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    /**
     * Three submitted reviews per dossier. A dossier has a quality (a level between 0 and 4) and its own
     * strengths per criterion; each reviewer adds a bias and some noise; one dossier in 25 gets a reviewer
     * far from the two others. Returns the board's dossiers (the first track's, under review) with their mean.
     */
    private List<Ranked> reviews(Connection db, List<Scores.Weighted> rubric, List<Long> members, List<Reviewed> dossiers,
            long boardTrack) throws SQLException {
        double[] bias = new double[members.size()];
        for (int m = 0; m < bias.length; m++) {
            bias[m] = random.nextGaussian() * 0.15;
        }
        long nextReview = longs(db, "select coalesce(max(id), 0) + 1 from review").get(0);
        var board = new ArrayList<Ranked>();
        try (PreparedStatement review = db.prepareStatement("""
                insert into review (id, application_id, member_id, status, assigned_at, assigned_by, automatic, comment,
                    recommendation, score, submitted_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement score = db.prepareStatement(
                        "insert into review_score (review_id, criterion_id, level) values (?, ?, ?)")) {
            int count = 0;
            for (Reviewed d : dossiers) {
                double quality = Math.max(0.3, Math.min(3.9, 2.3 + random.nextGaussian() * 0.7));
                double[] strength = new double[rubric.size()];
                for (int c = 0; c < strength.length; c++) {
                    strength[c] = random.nextGaussian() * 0.5;
                }
                int outlier = random.nextInt(25) == 0 ? random.nextInt(REVIEWS_PER_DOSSIER) : -1;
                double outlierShift = random.nextBoolean() ? 1.5 : -1.5;
                // the reviews end before the decision, or before now for the dossiers still under review
                Instant end = d.status() == ApplicationStatus.UNDER_REVIEW ? now : d.updated();
                long window = Math.max(3600, Duration.between(d.opened(), end).toSeconds());
                BigDecimal sum = BigDecimal.ZERO;
                int[] readers = distinct(members.size());
                for (int r = 0; r < readers.length; r++) {
                    int member = readers[r];
                    Map<Long, Integer> levels = new HashMap<>();
                    for (int c = 0; c < rubric.size(); c++) {
                        double level = quality + strength[c] + bias[member] + random.nextGaussian() * 0.35
                                + (r == outlier ? outlierShift : 0);
                        levels.put(rubric.get(c).criterionId(), (int) Math.max(0, Math.min(4, Math.round(level))));
                    }
                    BigDecimal points = Scores.weighted(rubric, levels);
                    sum = sum.add(points);
                    Instant assigned = d.opened().plusSeconds(random.nextLong(Math.max(1, window / 4)));
                    Instant submitted = assigned.plusSeconds(
                            random.nextLong(Math.max(1, Duration.between(assigned, end).toSeconds())));
                    long id = nextReview++;
                    SeedDatabase.set(review, id, d.id(), members.get(member), ReviewStatus.SUBMITTED.name(),
                            SeedDatabase.utc(assigned), Seeder.HEAD[1], random.nextInt(100) < 60,
                            COMMENTS[random.nextInt(COMMENTS.length)], recommendation(points).name(), points,
                            SeedDatabase.utc(submitted), SeedDatabase.utc(submitted));
                    for (var level : levels.entrySet()) {
                        SeedDatabase.set(score, id, level.getKey(), level.getValue());
                    }
                }
                if (d.trackId() == boardTrack && d.status() == ApplicationStatus.UNDER_REVIEW) {
                    // the same arithmetic as the board: exact sum, divided once, half-up to two decimals
                    board.add(new Ranked(d.id(), d.reference(),
                            sum.divide(BigDecimal.valueOf(REVIEWS_PER_DOSSIER), 2, RoundingMode.HALF_UP)));
                }
                if (++count % BATCH == 0) {
                    review.executeBatch();
                    score.executeBatch();
                    db.commit();
                }
            }
            review.executeBatch();
            score.executeBatch();
        }
        db.createStatement().execute("alter table review alter column id restart with " + nextReview);
        return board;
    }

    /** {@link #REVIEWS_PER_DOSSIER} distinct member indexes (a member reviews a dossier once). */
    private int[] distinct(int members) {
        int[] picked = new int[REVIEWS_PER_DOSSIER];
        for (int i = 0; i < picked.length; i++) {
            boolean again;
            do {
                picked[i] = random.nextInt(members);
                again = false;
                for (int j = 0; j < i; j++) {
                    again |= picked[j] == picked[i];
                }
            } while (again);
        }
        return picked;
    }

    /** What a reviewer recommends, mostly in line with their score. */
    private Recommendation recommendation(BigDecimal points) {
        double score = points.doubleValue() + random.nextGaussian();
        return score >= 13.5 ? Recommendation.ADMIT : score >= 10 ? Recommendation.WAITLIST : Recommendation.REJECT;
    }

    /**
     * The heads started ranking: the board in score order (mean, then reference, as the app orders it),
     * a dozen dossiers near the top moved up with a reason, then positions for every dossier on the board
     * at that time, which leaves out the one in 20 reviewed since. Returns {positions, moves}.
     */
    private int[] positions(Connection db, long track, List<Ranked> board) throws SQLException {
        var order = new ArrayList<Ranked>();
        for (Ranked r : board) {
            if (random.nextInt(20) != 0) {
                order.add(r);
            }
        }
        order.sort(Comparator.comparing(Ranked::mean, Comparator.reverseOrder())
                .thenComparing(Ranked::reference).thenComparing(Ranked::id));
        var decided = new HashMap<Long, Boolean>();
        try (var change = db.prepareStatement("""
                insert into rank_change (track_id, application_id, from_position, to_position, reason, actor_subject,
                    actor_name, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?)""");
                var position = db.prepareStatement(
                        "insert into rank_position (application_id, track_id, position, decided) values (?, ?, ?, ?)")) {
            int moves = order.size() < 3 ? 0 : MOVES;
            for (int k = 0; k < moves; k++) {
                int from = 1 + random.nextInt(Math.min(80, order.size() - 1));
                int to = Math.max(0, from - 1 - random.nextInt(5));
                Ranked moved = order.remove(from);
                order.add(to, moved);
                decided.put(moved.id(), true);
                SeedDatabase.set(change, track, moved.id(), from + 1, to + 1, MOVE_REASONS[random.nextInt(MOVE_REASONS.length)],
                        Seeder.HEAD[0], Seeder.HEAD[1], SeedDatabase.utc(now.minus(Duration.ofHours(moves - k))));
            }
            for (int i = 0; i < order.size(); i++) {
                Ranked r = order.get(i);
                SeedDatabase.set(position, r.id(), track, i + 1, decided.getOrDefault(r.id(), false));
            }
            change.executeBatch();
            position.executeBatch();
            return new int[] {order.size(), moves};
        }
    }
}
