package fr.univlorraine.ieps.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.decision.Offer;
import fr.univlorraine.ieps.jobs.JobFailure;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retention rules applied with a test clock, on a campaign of the test's own (the purge is asked for that
 * campaign only, so that the other tests' dossiers are never reached): rows and files go together, the others stay,
 * the trace is counted, the dry run changes nothing, a failing dossier does not stop the others, an enrolled student
 * keeps the enrolment data.
 */
@QuarkusTest
class PurgeServiceTest {

    @Inject
    PurgeService purges;

    private MutableClock clock;
    private Campaign campaign;
    private Track m1;
    private Track m2;

    @BeforeEach
    void campaign() {
        clock = DecisionFixtures.clock();
        campaign = DecisionFixtures.campaign(3, 3);
        m1 = DecisionFixtures.track(campaign, Level.M1);
        m2 = DecisionFixtures.track(campaign, Level.M2);
    }

    @AfterEach
    void retire() {
        DecisionFixtures.retire(campaign);
    }

    /** Twelve months after the end of the appeal period of a track never published here: closing + 2 + 12 months. */
    private Instant notAdmittedDue() {
        return RetentionDates.appealEnds(new RetentionDates.Facts(null, null, null, false, null, m1.closesAt, null, null))
                .atZone(fr.univlorraine.ieps.kernel.AppClock.PARIS).plusMonths(12).toInstant();
    }

    @Test
    void aDossierDueLosesItsRowsAndFilesTogetherAndTheOthersKeepTheirs() {
        var refused = PurgeFixtures.everything(PurgeFixtures.dossier(m1, ApplicationStatus.REJECTED, "purge-refused"), m1, m2, 2);
        var withdrawn = PurgeFixtures.everything(PurgeFixtures.dossier(m1, ApplicationStatus.WITHDRAWN, "purge-withdrawn"), m1, m2, 1);
        var draft = PurgeFixtures.everything(PurgeFixtures.dossier(m1, ApplicationStatus.DRAFT, "purge-draft"), m1, m2, 1);
        var accepted = PurgeFixtures.everything(PurgeFixtures.dossier(m1, ApplicationStatus.ACCEPTED, "purge-accepted"), m1, m2, 2);
        var waiting = PurgeFixtures.everything(PurgeFixtures.dossier(m2, ApplicationStatus.UNDER_REVIEW, "purge-later"), m2, m2, 1);
        // the accepted candidate's offer took the place the refused one's freed
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "update offer set replaces_offer_id = (select id from offer where application_id = ?1) where application_id = ?2")
                .setParameter(1, refused.id()).setParameter(2, accepted.id()).executeUpdate());
        Map<String, Long> acceptedBefore = PurgeFixtures.rows(accepted);
        long auditBefore = PurgeFixtures.allRows().get("audit_event");
        // the M2 track closes later: its dossier is not due yet
        QuarkusTransaction.requiringNew().run(() -> {
            Track later = Track.findById(m2.id);
            later.closesAt = clock.now().plus(Duration.ofDays(30));
        });
        clock.set(notAdmittedDue().plusSeconds(60));

        List<PurgeReport> reports = purges.run(campaign.id, false, null);

        for (var gone : List.of(refused, withdrawn, draft)) {
            PurgeFixtures.rows(gone).forEach((table, count) -> assertEquals(0L, count, table + " of dossier " + gone.id()));
            gone.files().forEach(file -> assertFalse(PurgeFixtures.fileExists(file), "file " + file + " deleted"));
        }
        assertEquals(acceptedBefore, PurgeFixtures.rows(accepted), "the accepted candidate keeps every row");
        accepted.files().forEach(file -> assertTrue(PurgeFixtures.fileExists(file)));
        PurgeFixtures.rows(waiting).forEach((table, count) ->
                assertTrue(count > 0 || table.equals("minimized_dossier"), "a dossier not due keeps its " + table));
        waiting.files().forEach(file -> assertTrue(PurgeFixtures.fileExists(file)));
        Offer kept = DecisionFixtures.offer(accepted.id());
        assertNotNull(kept);
        assertNull(kept.replacesOfferId, "the link to the deleted offer is forgotten");
        assertEquals(auditBefore, PurgeFixtures.allRows().get("audit_event"), "the audit trail is never touched");

        assertEquals(3, reports.size(), "one line per rule that found something: " + reports);
        assertReport(reports, RetentionRule.NOT_ADMITTED, 1, 2, 0);
        assertReport(reports, RetentionRule.WITHDRAWN, 1, 1, 0);
        assertReport(reports, RetentionRule.DRAFT, 1, 1, 0);
        assertTrue(reports.stream().allMatch(r -> r.byJob && !r.dryRun && campaign.code.equals(r.campaignCode)));
        assertEquals(3, QuarkusTransaction.requiringNew().call(() -> PurgeReport.count("campaignId", campaign.id)), "written");
    }

    @Test
    void nothingGoesBeforeItsRuleAndARunWithNothingDueLeavesOneLine() {
        var refused = PurgeFixtures.everything(PurgeFixtures.dossier(m1, ApplicationStatus.REJECTED, "purge-early"), m1, m2, 1);
        Map<String, Long> before = PurgeFixtures.rows(refused);
        clock.set(notAdmittedDue().minus(Duration.ofDays(1)));

        List<PurgeReport> reports = purges.run(campaign.id, false, "Admin Test");

        assertEquals(before, PurgeFixtures.rows(refused));
        assertTrue(PurgeFixtures.fileExists(refused.files().get(0)));
        assertEquals(1, reports.size());
        assertNull(reports.get(0).rule);
        assertEquals(0, reports.get(0).dossiers);
        assertFalse(reports.get(0).byJob);
        assertEquals("Admin Test", reports.get(0).byName);
    }

    @Test
    void theDryRunListsWhatWouldGoAndChangesNothing() {
        var refused = PurgeFixtures.everything(PurgeFixtures.dossier(m1, ApplicationStatus.REJECTED, "purge-dry"), m1, m2, 2);
        Long draft = PurgeFixtures.dossier(m1, ApplicationStatus.DRAFT, "purge-dry-draft");
        clock.set(notAdmittedDue().plusSeconds(60));
        Map<String, Long> before = PurgeFixtures.allRows();

        List<DueDossier> due = purges.due(campaign.id);

        assertEquals(before, PurgeFixtures.allRows(), "listing changes nothing");
        assertEquals(2, due.size(), due.toString());
        DueDossier first = due.stream().filter(d -> d.id().equals(refused.id())).findFirst().orElseThrow();
        assertEquals(RetentionRule.NOT_ADMITTED, first.rule());
        assertEquals(ApplicationStatus.REJECTED, first.status());
        assertEquals(Level.M1, first.level());
        assertEquals(notAdmittedDue(), first.dueAt());
        assertNotNull(first.reference());
        DueDossier second = due.stream().filter(d -> d.id().equals(draft)).findFirst().orElseThrow();
        assertEquals(RetentionRule.DRAFT, second.rule());
        assertEquals(m1.closesAt.plus(Duration.ofDays(campaign.retention.draftDays)), second.dueAt());

        List<PurgeReport> reports = purges.run(campaign.id, true, null);

        Map<String, Long> after = PurgeFixtures.allRows();
        assertEquals(before.get("purge_report") + 2, after.get("purge_report"), "the dry run leaves its counted trace");
        after.put("purge_report", before.get("purge_report"));
        assertEquals(before, after, "and changes nothing else");
        refused.files().forEach(file -> assertTrue(PurgeFixtures.fileExists(file)));
        assertTrue(reports.stream().allMatch(r -> r.dryRun));
        assertReport(reports, RetentionRule.NOT_ADMITTED, 1, 2, 0);
        assertReport(reports, RetentionRule.DRAFT, 1, 0, 0);
    }

    @Test
    void aDossierThatCannotBePurgedDoesNotStopTheOthers() {
        var broken = PurgeFixtures.everything(PurgeFixtures.dossier(m1, ApplicationStatus.REJECTED, "purge-broken"), m1, m2, 2);
        var fine = PurgeFixtures.everything(PurgeFixtures.dossier(m1, ApplicationStatus.EXPIRED, "purge-fine"), m1, m2, 1);
        // a piece whose file name is not one of the storage's: its file could not be deleted, so its rows stay
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "update application_document set stored_name = ?1 where stored_name = ?2")
                .setParameter(1, "broken-" + broken.files().get(1).substring(0, 20)).setParameter(2, broken.files().get(1))
                .executeUpdate());
        Map<String, Long> brokenBefore = PurgeFixtures.rows(broken);
        long failuresBefore = QuarkusTransaction.requiringNew().call(() -> JobFailure.count("item", "dossier " + broken.id() + " (NOT_ADMITTED)"));
        clock.set(notAdmittedDue().plusSeconds(60));

        List<PurgeReport> reports = purges.run(campaign.id, false, null);

        assertEquals(brokenBefore, PurgeFixtures.rows(broken), "the failed dossier is rolled back whole");
        assertTrue(PurgeFixtures.fileExists(broken.files().get(0)), "and keeps the files its rows point to");
        PurgeFixtures.rows(fine).forEach((table, count) -> assertEquals(0L, count, table));
        assertFalse(PurgeFixtures.fileExists(fine.files().get(0)));
        assertReport(reports, RetentionRule.NOT_ADMITTED, 1, 1, 1);
        assertEquals(failuresBefore + 1, QuarkusTransaction.requiringNew().call(
                () -> JobFailure.count("item", "dossier " + broken.id() + " (NOT_ADMITTED)")), "recorded for the jobs' page");

        // repaired, it goes at the next run
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "update application_document set stored_name = ?1 where stored_name like 'broken-%' and application_id = ?2")
                .setParameter(1, broken.files().get(1)).setParameter(2, broken.id()).executeUpdate());
        assertReport(purges.run(campaign.id, false, null), RetentionRule.NOT_ADMITTED, 1, 2, 0);
        PurgeFixtures.rows(broken).forEach((table, count) -> assertEquals(0L, count, table));
        broken.files().forEach(file -> assertFalse(PurgeFixtures.fileExists(file)));
    }

    @Test
    void anEnrolledStudentLosesThePiecesAndAnswersAndKeepsTheEnrolmentData() {
        var enrolled = PurgeFixtures.everything(PurgeFixtures.dossier(m1, ApplicationStatus.ENROLLED, "purge-enrolled"), m1, m2, 2);
        Instant enrolment = DecisionFixtures.START.plus(Duration.ofDays(40));
        PurgeFixtures.enrolledAt(enrolled.id(), enrolment);
        clock.set(enrolment.plus(Duration.ofDays(campaign.retention.enrolledDays)).minusSeconds(60));
        assertTrue(purges.due(campaign.id).isEmpty(), "not before its day");
        clock.set(enrolment.plus(Duration.ofDays(campaign.retention.enrolledDays)));

        List<PurgeReport> reports = purges.run(campaign.id, false, null);

        Map<String, Long> rows = PurgeFixtures.rows(enrolled);
        for (String kept : List.of("application", "application_event", "decision", "offer", "enrolment_sheet", "continuation",
                "minimized_dossier")) {
            assertTrue(rows.remove(kept) > 0, kept + " stays");
        }
        rows.forEach((table, count) -> assertEquals(0L, count, table + " goes"));
        enrolled.files().forEach(file -> assertFalse(PurgeFixtures.fileExists(file)));
        Application app = DecisionFixtures.application(enrolled.id());
        assertEquals(ApplicationStatus.ENROLLED, app.status);
        assertEquals("Purge", app.lastName);
        assertNotNull(app.reference);
        assertNull(app.phone);
        assertNull(app.address);
        assertNull(app.professionalProject);
        assertNull(app.researchProject);
        assertReport(reports, RetentionRule.ENROLLED, 1, 2, 0);

        // once reduced, the rule is done with it
        clock.advance(Duration.ofDays(400));
        assertTrue(purges.due(campaign.id).isEmpty());
    }

    @Test
    void importedDossiersFollowTheirPlatformOutcome() {
        Long refused = PurgeFixtures.dossier(m1, ApplicationStatus.UNDER_REVIEW, "purge-platform-refused");
        PurgeFixtures.imported(refused, PlatformOutcome.REFUSED);
        Long none = PurgeFixtures.dossier(m1, ApplicationStatus.SUBMITTED, "purge-platform-none");
        PurgeFixtures.imported(none, null);
        Long accepted = PurgeFixtures.dossier(m1, ApplicationStatus.UNDER_REVIEW, "purge-platform-accepted");
        PurgeFixtures.imported(accepted, PlatformOutcome.ACCEPTED);
        Long admitted = PurgeFixtures.dossier(m1, ApplicationStatus.UNDER_REVIEW, "purge-platform-admitted");
        PurgeFixtures.imported(admitted, PlatformOutcome.ADMITTED);
        clock.set(notAdmittedDue().plusSeconds(60));

        List<DueDossier> due = purges.due(campaign.id);

        assertEquals(List.of(refused, none), due.stream().map(DueDossier::id).sorted().toList());
        assertTrue(due.stream().allMatch(d -> d.imported() && d.rule() == RetentionRule.NOT_ADMITTED));
        purges.run(campaign.id, false, null);
        assertNull(DecisionFixtures.application(refused));
        assertNotNull(DecisionFixtures.application(accepted), "a platform student holding a place stays");
    }

    private static void assertReport(List<PurgeReport> reports, RetentionRule rule, int dossiers, int files, int failed) {
        PurgeReport line = reports.stream().filter(r -> r.rule == rule).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + rule + " in " + reports));
        assertEquals(dossiers, line.dossiers, rule + " dossiers");
        assertEquals(files, line.files, rule + " files");
        assertEquals(failed, line.failed, rule + " failed");
    }
}
