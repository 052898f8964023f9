package fr.univlorraine.ieps.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The registry of personal data: every table of the schema, named here once, says how a candidate's rows are found
 * in it (and which columns are left out of their archive, and why), or why it holds nothing of the candidate's to
 * give. {@code PersonalDataTablesTest} lists the tables of the database and fails for one missing here: a new table
 * cannot be forgotten by the candidate's download ({@link MyDataArchive}).
 *
 * <p>What is withheld and why ({@link MyDataWithheld}):
 * <ul>
 * <li>the staff's identities (who wrote, moved, checked): the rights of others (RGPD art. 15(4)); the role stays;</li>
 * <li>the staff's working material on a dossier (private notes, labels, reviews and their scores, the rank and its
 * moves): given once the track's decisions are published, not before: until then it prepares a decision of the
 * selection committee (documents préparatoires, code des relations entre le public et l'administration, L311-2),
 * and the candidate's reading it could weigh on an independent review. The CNIL reads the right of access as
 * covering notes made about a person, so they are given, not hidden for good;</li>
 * <li>decisions still in draft: the candidate reads a decision once published, never before;</li>
 * <li>secrets that protect the account (hashes of cookies and links, tokens) and internal file names.</li>
 * </ul>
 */
public final class PersonalDataTables {

    /** The candidate's dossiers (conditions take the parameters {@code :subject} and {@code :email}). */
    static final String MINE = "select id from application where candidate_subject = :subject";

    /** The candidate's dossiers whose track's decisions are published. */
    static final String PUBLISHED_MINE = "select a.id from application a join track t on t.id = a.track_id "
            + "where a.candidate_subject = :subject and t.published_at is not null";

    /**
     * A table holding the candidate's rows: found by {@code condition}; {@code kept}, when not empty, are the only
     * columns given, else every column but {@code left}; {@code withheld} says why some rows or columns are not given.
     */
    public record Personal(String table, String condition, Set<String> kept, Set<String> left,
            Set<MyDataWithheld> withheld) {

        /** The column is given in the archive. */
        public boolean gives(String column) {
            return kept.isEmpty() ? !left.contains(column) : kept.contains(column);
        }
    }

    /** A table with nothing of a candidate's to give, and why. */
    public record Other(String table, String why, Optional<MyDataWithheld> withheld) {
    }

    private static final List<Personal> PERSONAL = new ArrayList<>();
    private static final List<Other> OTHERS = new ArrayList<>();

    static {
        // the dossiers and what the candidate wrote in them
        personal("application", "candidate_subject = :subject");
        byApplication("application_degree");
        byApplication("application_experience");
        byApplication("application_theme");
        personal("application_event", "application_id in (" + MINE + ")", Set.of(),
                Set.of("actor_subject", "actor_name"), Set.of(MyDataWithheld.STAFF_IDENTITIES));
        // the pieces: their metadata here, their files beside the JSON
        personal("application_document", "application_id in (" + MINE + ")", Set.of(),
                Set.of("stored_name", "uploaded_by", "reviewed_by"), Set.of(MyDataWithheld.STAFF_IDENTITIES,
                        MyDataWithheld.SECRETS));
        personal("document_event", "application_id in (" + MINE + ")", Set.of(),
                Set.of("actor_subject", "actor_name"), Set.of(MyDataWithheld.STAFF_IDENTITIES));
        byApplication("enrolment_sheet");
        personal("continuation", "application_id in (" + MINE + ")", Set.of(),
                Set.of("changed_by", "changed_by_name"), Set.of(MyDataWithheld.STAFF_IDENTITIES));
        // the thread with the staff, as the candidate reads it (the staff's names shown as they signed)
        personal("dossier_message", "application_id in (" + MINE + ")", Set.of(), Set.of("author_subject"),
                Set.of(MyDataWithheld.SECRETS));
        // the staff's working material, once the decisions are published
        personal("staff_note", "application_id in (" + PUBLISHED_MINE + ")", Set.of(),
                Set.of("author_subject", "author_name"), Set.of(MyDataWithheld.STAFF_IDENTITIES,
                        MyDataWithheld.STAFF_WORK_BEFORE_PUBLICATION));
        personal("dossier_tag", "application_id in (" + PUBLISHED_MINE + ")", Set.of(), Set.of("added_by"),
                Set.of(MyDataWithheld.STAFF_IDENTITIES, MyDataWithheld.STAFF_WORK_BEFORE_PUBLICATION));
        personal("review", "status = 'SUBMITTED' and application_id in (" + PUBLISHED_MINE + ")", Set.of(),
                Set.of("member_id", "assigned_by", "conflict_reason", "conflict_at"),
                Set.of(MyDataWithheld.STAFF_IDENTITIES, MyDataWithheld.STAFF_WORK_BEFORE_PUBLICATION));
        personal("review_score", "review_id in (select id from review where status = 'SUBMITTED' and application_id in ("
                + PUBLISHED_MINE + "))", Set.of(), Set.of(), Set.of(MyDataWithheld.STAFF_WORK_BEFORE_PUBLICATION));
        personal("rank_position", "application_id in (" + PUBLISHED_MINE + ")", Set.of(), Set.of(),
                Set.of(MyDataWithheld.STAFF_WORK_BEFORE_PUBLICATION));
        personal("rank_change", "application_id in (" + PUBLISHED_MINE + ")", Set.of(),
                Set.of("actor_subject", "actor_name"), Set.of(MyDataWithheld.STAFF_IDENTITIES,
                        MyDataWithheld.STAFF_WORK_BEFORE_PUBLICATION));
        // decisions once published, offers, the detailed motives asked for
        personal("decision", "published_at is not null and application_id in (" + MINE + ")", Set.of(),
                Set.of("prepared_by"), Set.of(MyDataWithheld.STAFF_IDENTITIES, MyDataWithheld.DRAFT_DECISIONS));
        byApplication("offer");
        personal("motive_request", "application_id in (" + MINE + ")", Set.of(), Set.of("answered_by"),
                Set.of(MyDataWithheld.STAFF_IDENTITIES));
        // the mails written to the candidate: about a dossier, or about the account (a download, the deletion)
        personal("mail_outbox", "application_id in (" + MINE + ") or (application_id is null and kind in ("
                + "'DATA_DOWNLOADED', 'ACCOUNT_DELETED') and lower(recipient) = lower(:email))");
        // the national platform: the head's invitation, the candidate's PDF imported with its name in the ZIP
        personal("platform_invitation", "application_id in (" + MINE + ")", Set.of(),
                Set.of("token_hash", "invited_by", "used_by"), Set.of(MyDataWithheld.STAFF_IDENTITIES,
                        MyDataWithheld.SECRETS));
        byApplication("platform_pdf_import_line");
        // who opened the dossiers: the role, the time and the action only; and the candidate's own downloads
        personal("audit_event", "application_id in (" + MINE + ") or actor_subject = :subject",
                Set.of("occurred_at", "actor_roles", "action", "application_id"), Set.of(),
                Set.of(MyDataWithheld.STAFF_IDENTITIES));
        // when an enrolled student's dossier was reduced to its enrolment data (retention rule)
        byApplication("minimized_dossier");
        // the address (IP) of the candidate's own acts on their data, kept a limited time
        personal("audit_event_address", "event_id in (select e.id from audit_event e where e.actor_subject = :subject)");
        // the candidate's sessions: when, not the keys
        personal("login_session", "subject = :subject",
                Set.of("created_at", "refreshed_at", "expires_at", "ended_at", "end_reason"), Set.of(),
                Set.of(MyDataWithheld.SECRETS));

        // personal data about candidates, not given in one candidate's archive
        withheld("committee_meeting", "the minutes of a sitting: one frozen PDF about every candidate of a track",
                MyDataWithheld.COMMITTEE_MINUTES);
        withheld("import_upload", "a file of the national platform between the steps of its import, kept a day at most, "
                + "tied to no dossier", MyDataWithheld.IMPORT_FILES);
        withheld("staff_digest_item", "the staff's own mail queue: a dossier's reference and what happened to it",
                MyDataWithheld.STAFF_MAIL_QUEUE);

        // nothing about a candidate
        other("campaign", "a campaign: its year, review and retention settings");
        other("track", "a level of a campaign: its capacity and dates");
        other("track_reference", "the last reference number given on a track");
        other("document_type", "the kinds of pieces the checklist asks for");
        other("checklist_item", "which piece a level and route ask for");
        other("team_member", "the teaching team (staff)");
        other("team_member_theme", "the teaching team's research themes (staff)");
        other("rubric_criterion", "the published scoring rubric");
        other("rubric_level", "the levels of the scoring rubric");
        other("committee_attendee", "which team members sat in a committee (staff)");
        other("refusal_motive", "the standard refusal motives (a decision names one)");
        other("appeal_text", "the routes of appeal each refusal states");
        other("export_preset", "the secretariat's saved choices of export columns");
        other("import_mapping", "the columns of the national platform's files");
        other("platform_track", "the national platform's dates for a track");
        other("platform_track_route", "the routes a track takes on the national platform");
        other("platform_track_local_route", "the routes of a local recruitment");
        other("platform_pdf_import", "counts of an import of the national platform's PDF files");
        other("staff_contact", "the staff's mail preferences (staff)");
        other("job_run", "the last run of each scheduled job");
        other("job_failure", "the technical failures of scheduled jobs, for the admin");
        other("purge_report", "counts of the dossiers deleted under each retention rule: no name, no reference");
        other("audit_chain_head", "the end of the audit trail's chain of hashes");
        other("flyway_schema_history", "the versions of the database schema");
    }

    private PersonalDataTables() {
    }

    /** The tables holding candidates' rows, in the archive's order. */
    public static List<Personal> personal() {
        return List.copyOf(PERSONAL);
    }

    /** The tables with nothing of a candidate's to give, each with why. */
    public static List<Other> others() {
        return List.copyOf(OTHERS);
    }

    /** Every table the registry names. */
    public static Set<String> named() {
        return Stream.concat(PERSONAL.stream().map(Personal::table), OTHERS.stream().map(Other::table))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** What the archive leaves out, and why: every reason named by a table, in the order of the constants. */
    public static List<MyDataWithheld> withheld() {
        Set<MyDataWithheld> reasons = java.util.EnumSet.noneOf(MyDataWithheld.class);
        PERSONAL.forEach(p -> reasons.addAll(p.withheld()));
        OTHERS.forEach(o -> o.withheld().ifPresent(reasons::add));
        return List.copyOf(reasons);
    }

    static Map<String, Personal> byName() {
        return PERSONAL.stream().collect(Collectors.toMap(Personal::table, Function.identity()));
    }

    private static void byApplication(String table) {
        personal(table, "application_id in (" + MINE + ")");
    }

    private static void personal(String table, String condition) {
        personal(table, condition, Set.of(), Set.of(), Set.of());
    }

    private static void personal(String table, String condition, Set<String> kept, Set<String> left,
            Set<MyDataWithheld> withheld) {
        PERSONAL.add(new Personal(table, condition, kept, left, withheld));
    }

    private static void withheld(String table, String why, MyDataWithheld reason) {
        OTHERS.add(new Other(table, why, Optional.of(reason)));
    }

    private static void other(String table, String why) {
        OTHERS.add(new Other(table, why, Optional.empty()));
    }
}
