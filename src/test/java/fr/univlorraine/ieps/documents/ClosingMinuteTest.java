package fr.univlorraine.ieps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationError;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Submissions;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.campaign.TrackForm;
import fr.univlorraine.ieps.campaign.TrackSettingsService;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.web.ParisTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The closing minute is the candidates': the admin types the last minute (here the one before the clocks go
 * forward in spring, 01:59 winter time, whose next minute does not exist), a dossier submitted at its last tenth of a
 * second is accepted, and one submitted at the first instant of the next minute is refused. What counts is the instant
 * of the summary's final button, not of the form's submit button that leads to it.
 */
@QuarkusTest
class ClosingMinuteTest {

    @Inject
    TrackSettingsService settings;

    @Test
    void aSubmissionInTheLastSecondOfTheClosingMinuteIsAcceptedAndOneAtTheNextMinuteRefused() throws Exception {
        MutableClock clock = Campaigns.openOne();
        Instant start = clock.now();
        ReadyDossiers.Ready onTime = ReadyDossiers.prepare(TestIds.unique("closing-ontime-"), List.of());
        ReadyDossiers.Ready late = ReadyDossiers.prepare(TestIds.unique("closing-late-"), List.of());
        Track before = m1();
        Instant springForward = nextSpringForward(start.plus(Duration.ofDays(2)));
        String lastMinute = ParisTime.Check.typed(springForward.minusSeconds(60));
        assertTrue(lastMinute.endsWith("T01:59"), lastMinute);
        try {
            assertTrue(settings.save(before.id, closingAt(before, lastMinute)).isEmpty());
            assertEquals(springForward, m1().closesAt, "the end of the typed minute, in UTC");

            // both confirm from their summary, shown before: the instant of the final button is the one that counts
            long onTimeVersion = prepare(onTime);
            long lateVersion = prepare(late);
            clock.set(springForward.minusMillis(100));
            assertTrue(confirm(onTime, onTimeVersion).ok());
            assertEquals(ApplicationStatus.SUBMITTED, status(onTime));

            clock.set(springForward);
            RuleViolation refused = assertThrows(RuleViolation.class, () -> confirm(late, lateVersion));
            assertEquals(ApplicationError.CLOSED, refused.error);
            assertEquals(ApplicationStatus.DRAFT, status(late));
        } finally {
            clock.set(start);
            Track now = m1();
            TrackForm original = TrackForm.of(before);
            assertTrue(settings.save(now.id, new TrackForm(original.capacity(), original.opensAt(), original.closesAt(),
                    original.reviewDeadline(), original.decisionsPublishedAt(), original.offerResponseDays(),
                    original.reminderDaysBefore(), original.waitlistSize(), String.valueOf(now.version))).isEmpty());
        }
    }

    /** The dossier form's submit button: saved and checked, ready to confirm; the version its summary shows. */
    private static long prepare(ReadyDossiers.Ready ready) {
        var saved = Submissions.prepare(ready.id(), candidate(ready), ready.form());
        assertTrue(saved.ok(), () -> saved.errors().all().toString());
        return saved.savedVersion();
    }

    /** The summary's button. */
    private static ApplicationService.Outcome confirm(ReadyDossiers.Ready ready, long version) {
        return Submissions.confirm(ready.id(), candidate(ready), version);
    }

    private static ActorRef candidate(ReadyDossiers.Ready ready) {
        String subject = QuarkusTransaction.requiringNew().call(() ->
                Application.<Application>findById(ready.id()).candidateSubject);
        return new ActorRef(subject, subject, Actor.CANDIDATE);
    }

    private static ApplicationStatus status(ReadyDossiers.Ready ready) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(ready.id()).status);
    }

    private static Track m1() {
        return QuarkusTransaction.requiringNew().call(() -> Track.<Track>find("level", Level.M1).firstResult());
    }

    /** The track's settings as shown, with the closing's last minute typed by the admin; review and decisions after it. */
    private static TrackForm closingAt(Track track, String lastMinute) {
        TrackForm shown = TrackForm.of(track);
        Instant closing = ParisTime.Check.instant(lastMinute);
        String review = ParisTime.Check.typed(closing.plus(Duration.ofDays(30)));
        String decisions = ParisTime.Check.typed(closing.plus(Duration.ofDays(40)));
        return new TrackForm(shown.capacity(), shown.opensAt(), lastMinute, review, decisions, shown.offerResponseDays(),
                shown.reminderDaysBefore(), shown.waitlistSize(), shown.version());
    }

    /** The first instant of summer time in Paris after {@code after}: 02:00 winter time becomes 03:00. */
    private static Instant nextSpringForward(Instant after) {
        ZoneOffsetTransition t = AppClock.PARIS.getRules().nextTransition(after);
        while (!t.isGap()) {
            t = AppClock.PARIS.getRules().nextTransition(t.getInstant());
        }
        return t.getInstant();
    }
}
