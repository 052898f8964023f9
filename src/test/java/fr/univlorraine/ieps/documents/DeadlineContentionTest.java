package fr.univlorraine.ieps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.campaign.TrackForm;
import fr.univlorraine.ieps.campaign.TrackSettingsService;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Deadline day: fifty candidates submit while the admin saves the track's settings. Submissions number their dossiers
 * from a counter of their own, so none of them writes the track: the admin's save, even from a form opened before
 * they began, is not "changed by someone else", and every submission gets its own reference.
 */
@QuarkusTest
class DeadlineContentionTest {

    static final int CANDIDATES = 50;

    @Inject
    ApplicationService applications;

    @Inject
    TrackSettingsService settings;

    private static Track m1() {
        return QuarkusTransaction.requiringNew().call(() -> Track.<Track>find("level",
                fr.univlorraine.ieps.campaign.Level.M1).firstResult());
    }

    /** The form as the admin's page shows it, one more place on the waiting list, so that saving changes the row. */
    private static TrackForm oneMoreOnTheWaitingList(Track track) {
        TrackForm shown = TrackForm.of(track);
        return new TrackForm(shown.capacity(), shown.opensAt(), shown.closesAt(), shown.reviewDeadline(),
                shown.decisionsPublishedAt(), shown.offerResponseDays(), shown.reminderDaysBefore(),
                String.valueOf(track.waitlistSize + 1), shown.version());
    }

    @Test
    void fiftySubmissionsWhileTheAdminSavesTheTrackAllSucceed() throws Exception {
        Campaigns.openOne();
        List<ReadyDossiers.Ready> ready = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            ready.add(ReadyDossiers.prepare(TestIds.unique("rush-"), List.of()));
        }
        Track opened = m1();
        TrackForm openedBeforeTheRush = oneMoreOnTheWaitingList(opened);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> submissions = new ArrayList<>();
            for (ReadyDossiers.Ready each : ready) {
                submissions.add(pool.submit(() -> {
                    String subject = QuarkusTransaction.requiringNew().call(() ->
                            Application.<Application>findById(each.id()).candidateSubject);
                    var outcome = fr.univlorraine.ieps.application.Submissions.submit(each.id(), new ActorRef(subject, subject, Actor.CANDIDATE),
                            each.form());
                    assertTrue(outcome.ok(), () -> outcome.errors().all().toString());
                    return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(each.id()).reference);
                }));
            }
            // while they submit, the admin saves twice: a form opened before the rush, then a fresh one
            assertTrue(settings.save(opened.id, openedBeforeTheRush).isEmpty());
            assertTrue(settings.save(opened.id, oneMoreOnTheWaitingList(m1())).isEmpty());

            TreeSet<String> references = new TreeSet<>();
            for (Future<String> submission : submissions) {
                references.add(submission.get());
            }
            assertEquals(CANDIDATES, references.size(), "every dossier has a reference of its own: " + references);
            List<Integer> numbers = references.stream().map(r -> Integer.valueOf(r.substring(r.lastIndexOf('-') + 1)))
                    .sorted().toList();
            assertEquals(CANDIDATES - 1, numbers.get(CANDIDATES - 1) - numbers.get(0), "no gap: " + numbers);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(opened.waitlistSize + 2, m1().waitlistSize, "both saves of the admin were applied");
    }
}
