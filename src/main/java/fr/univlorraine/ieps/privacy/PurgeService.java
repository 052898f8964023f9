package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.documents.DocumentStorage;
import fr.univlorraine.ieps.jobs.Job;
import fr.univlorraine.ieps.jobs.Jobs;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the retention rules ({@link RetentionRule}): finds the dossiers due, and purges each in its own transaction
 * and its own try ({@link Jobs}), so that one that fails is recorded and the others go on. A dossier's rows go in
 * one transaction; its files are deleted once that transaction committed, never before (a rolled-back purge leaves
 * every file its rows point to); a file that cannot be deleted then is an orphan the documents' sweep removes. The
 * audit trail is never touched: its lines outlive the dossier. Each run leaves counted lines ({@link PurgeReport}).
 */
@ApplicationScoped
public class PurgeService {


    /**
     * The rows of a dossier that go under every rule, children before parents: pieces and their history, reviews,
     * ranks, notes, labels, messages, mails, invitations, the form's lists. Every table that holds an application_id
     * is here or in {@link #DOSSIER_ONLY} (checked against the migrations by a test), but audit_event.
     */
    static final List<String> CONTENT = List.of(
            "delete from staff_digest_item where application_id = ?1",
            "delete from mail_outbox where application_id = ?1",
            "delete from review_score where review_id in (select r.id from review r where r.application_id = ?1)",
            "delete from review where application_id = ?1",
            "delete from rank_change where application_id = ?1",
            "delete from rank_position where application_id = ?1",
            "delete from document_event where application_id = ?1",
            "delete from application_document where application_id = ?1",
            "delete from motive_request where application_id = ?1",
            "delete from platform_invitation where application_id = ?1",
            "delete from platform_pdf_import_line where application_id = ?1",
            "delete from staff_note where application_id = ?1",
            "delete from dossier_tag where application_id = ?1",
            "delete from dossier_message where application_id = ?1",
            "delete from application_theme where application_id = ?1",
            "delete from application_experience where application_id = ?1",
            "delete from application_degree where application_id = ?1");

    /**
     * The rows an enrolled student's dossier keeps (the admission and the enrolment), deleted with the dossier under
     * the other rules. An offer that took the place this dossier's offer freed forgets the link: a freed place can
     * no longer be offered twice once the campaign is over.
     */
    static final List<String> DOSSIER_ONLY = List.of(
            "update offer set replaces_offer_id = null where replaces_offer_id in (select o.id from offer o where o.application_id = ?1)",
            "delete from offer where application_id = ?1",
            "delete from decision where application_id = ?1",
            "delete from enrolment_sheet where application_id = ?1",
            "delete from continuation where application_id = ?1",
            "delete from application_event where application_id = ?1",
            "delete from minimized_dossier where application_id = ?1",
            "delete from application where id = ?1");

    /** What an enrolled student's row keeps: identity, contact e-mail, route, status, dates; the answers go. */
    static final String MINIMIZE = "update application set phone = null, address = null, postal_code = null, city = null,"
            + " country = null, professional_project = null, research_project = null, employer_status = null,"
            + " employer_name = null, funding = null, funding_other = null, completion_deadline = null,"
            + " version = version + 1 where id = ?1";

    private static final String FACTS = "select a.id, c.id, c.code, a.reference, t.level, a.status, a.origin, a.platformOutcome,"
            + " (select max(e.occurredAt) from ApplicationEvent e where e.application = a and e.toStatus = :enrolled),"
            + " (select count(m) from MinimizedDossier m where m.applicationId = a.id),"
            + " t.closesAt, t.publishedAt, p.localClosesAt, c"
            + " from Application a join a.track t join t.campaign c left join PlatformTrack p on p.trackId = t.id";

    /** What a run did to one campaign under one rule. */
    static final class Tally {
        int dossiers;
        int files;
        int failed;
    }

    private record Key(Long campaignId, String campaignCode, RetentionRule rule) {
    }

    @Inject
    AppClock clock;

    @Inject
    Jobs jobs;

    @Inject
    DocumentStorage storage;

    @Inject
    AfterCommit afterCommit;

    /** Set at a first deployment: the daily job only counts what it would delete, for the DPO to read first. */
    @ConfigProperty(name = "ieps.purge.dry-run", defaultValue = "false")
    boolean dryRunOnly;

    /** Whether the daily job only counts (the configuration's dry-run mode). */
    public boolean dryRunOnly() {
        return dryRunOnly;
    }

    /** The dossiers due now (every campaign when campaignId is null), by campaign, due date and reference. */
    public List<DueDossier> due(Long campaignId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            var query = Panache.getEntityManager().createQuery(FACTS + (campaignId == null ? "" : " where c.id = :campaign"),
                    Object[].class).setParameter("enrolled", ApplicationStatus.ENROLLED);
            if (campaignId != null) {
                query.setParameter("campaign", campaignId);
            }
            Instant now = clock.now();
            return query.getResultList().stream().map(this::dueOf)
                    .filter(d -> d != null && !d.dueAt().isAfter(now))
                    .sorted(Comparator.comparing(DueDossier::campaignCode).reversed()
                            .thenComparing(DueDossier::dueAt).thenComparing(DueDossier::id))
                    .toList();
        });
    }

    /** The dossier if a rule has reached it now, read in the current transaction. */
    DueDossier dueNow(Long applicationId) {
        List<Object[]> rows = Panache.getEntityManager().createQuery(FACTS + " where a.id = :id", Object[].class)
                .setParameter("enrolled", ApplicationStatus.ENROLLED).setParameter("id", applicationId).getResultList();
        DueDossier due = rows.isEmpty() ? null : dueOf(rows.get(0));
        return due == null || due.dueAt().isAfter(clock.now()) ? null : due;
    }

    private DueDossier dueOf(Object[] row) {
        var facts = new RetentionDates.Facts((ApplicationStatus) row[5], (ApplicationOrigin) row[6],
                (PlatformOutcome) row[7], ((Number) row[9]).longValue() > 0, (Instant) row[8], (Instant) row[10],
                (Instant) row[11], (Instant) row[12]);
        RetentionDates.Due due = RetentionDates.due(facts, ((Campaign) row[13]).retention);
        if (due == null) {
            return null;
        }
        return new DueDossier((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (Level) row[4],
                facts.status(), facts.origin() == ApplicationOrigin.PLATFORM, due.rule(), due.at());
    }

    /**
     * Applies the rules to the dossiers due now, each in its own transaction, and writes the run's counted lines.
     * campaignId null: every campaign (the daily job). byName: the admin who started it, null for the job.
     */
    public List<PurgeReport> run(Long campaignId, boolean dryRun, String byName) {
        Map<Key, Tally> tallies = new LinkedHashMap<>();
        Instant ranAt = clock.now();
        jobs.run(Job.PURGE, () -> due(campaignId), d -> "dossier " + d.id() + " (" + d.rule() + ")",
                d -> purge(d.id(), dryRun, tallies), (d, e) -> tally(tallies, d).failed++);
        return QuarkusTransaction.requiringNew().call(() -> report(ranAt, tallies, dryRun, byName));
    }

    private static Tally tally(Map<Key, Tally> tallies, DueDossier d) {
        return tallies.computeIfAbsent(new Key(d.campaignId(), d.campaignCode(), d.rule()), k -> new Tally());
    }

    /**
     * Purges one dossier if a rule still reaches it (it may have changed since it was listed): within the caller's
     * transaction for the rows; the files after it commits. A dry run only counts. Returns whether it was due.
     */
    boolean purge(Long applicationId, boolean dryRun, Map<Key, Tally> tallies) {
        var em = Panache.getEntityManager();
        // another instance's run purging it at the same time: wait for it, then find it gone (or reduced)
        if (!dryRun && em.createNativeQuery("select id from application where id = ?1 for update")
                .setParameter(1, applicationId).getResultList().isEmpty()) {
            return false;
        }
        DueDossier due = dueNow(applicationId);
        if (due == null) {
            return false;
        }
        List<String> files = em.createQuery("select d.storedName from ApplicationDocument d"
                + " where d.application.id = ?1 and d.storedName is not null", String.class)
                .setParameter(1, applicationId).getResultList();
        // a name that is not one of the storage's stops this dossier's purge: its file could not be found to delete
        files.forEach(storage::pathOf);
        Tally tally = tally(tallies, due);
        if (dryRun) {
            tally.dossiers++;
            tally.files += files.size();
            return true;
        }
        em.flush();
        for (String statement : CONTENT) {
            em.createNativeQuery(statement).setParameter(1, applicationId).executeUpdate();
        }
        if (due.rule().deletesTheDossier()) {
            for (String statement : DOSSIER_ONLY) {
                em.createNativeQuery(statement).setParameter(1, applicationId).executeUpdate();
            }
        } else {
            em.createNativeQuery(MINIMIZE).setParameter(1, applicationId).executeUpdate();
            var minimized = new MinimizedDossier();
            minimized.applicationId = applicationId;
            minimized.minimizedAt = clock.now();
            minimized.persist();
        }
        afterCommit.run(() -> {
            tally.dossiers++;
            tally.files += files.size();
            files.forEach(afterCommit::deleteQuietly);
        });
        return true;
    }



    private List<PurgeReport> report(Instant ranAt, Map<Key, Tally> tallies, boolean dryRun, String byName) {
        List<PurgeReport> lines = new ArrayList<>();
        tallies.forEach((key, tally) -> lines.add(line(ranAt, key, tally, dryRun, byName)));
        if (lines.isEmpty()) {
            lines.add(line(ranAt, new Key(null, null, null), new Tally(), dryRun, byName));
        }
        lines.forEach(line -> line.persist());
        return lines;
    }

    private static PurgeReport line(Instant ranAt, Key key, Tally tally, boolean dryRun, String byName) {
        var line = new PurgeReport();
        line.ranAt = ranAt;
        line.campaignId = key.campaignId();
        line.campaignCode = key.campaignCode();
        line.rule = key.rule();
        line.dossiers = tally.dossiers;
        line.files = tally.files;
        line.failed = tally.failed;
        line.dryRun = dryRun;
        line.byJob = byName == null;
        line.byName = byName;
        return line;
    }
}
