package fr.univlorraine.ieps.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Continuation;
import fr.univlorraine.ieps.application.ContinuationState;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Two campaigns one year apart, the M1 dossiers of the first, and the continuations of the second's M2. */
final class ContinuationFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ContinuationFixtures() {
    }

    /** The campaign whose M1 is over and the current one, its successor, both with tracks of this capacity. */
    record Pair(Campaign previous, Campaign current, Track m1, Track m2) {
        void retire() {
            DecisionFixtures.retire(current);
            DecisionFixtures.retire(previous);
        }
    }

    static Pair campaigns(int capacity, int waitlistSize) {
        Campaign previous = DecisionFixtures.campaign(capacity, waitlistSize);
        Campaign current = DecisionFixtures.campaign(capacity, waitlistSize);
        assertEquals(previous.startYear + 1, current.startYear, "the two campaigns follow each other");
        return new Pair(previous, current, DecisionFixtures.track(previous, Level.M1), DecisionFixtures.track(current, Level.M2));
    }

    /** A dossier of the M1 track of this campaign, with a candidate account unless {@code subject} is null. */
    static Long m1Dossier(Track m1, String subject, String lastName, ApplicationStatus status, ApplicationOrigin origin,
            PlatformOutcome outcome) {
        int n = SEQUENCE.incrementAndGet();
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = new Application();
            a.track = Track.findById(m1.id);
            a.candidateSubject = subject;
            a.status = status;
            a.origin = origin;
            a.platformOutcome = outcome;
            a.platformNumber = origin == ApplicationOrigin.PLATFORM ? "P" + m1.campaign.startYear + "-" + n : null;
            a.entryRoute = EntryRoute.INITIALE;
            a.firstName = "Camille";
            a.lastName = lastName;
            a.email = "cont" + n + "@example.fr";
            a.lang = "fr";
            a.reference = "C%d-M1-%04d".formatted(m1.campaign.startYear, n);
            a.createdAt = DecisionFixtures.START.minus(Duration.ofDays(400));
            a.updatedAt = a.createdAt;
            a.submittedAt = a.createdAt;
            a.persist();
            return a.id;
        });
    }

    /** An M1 student accepted here, with an account. */
    static Long accepted(Track m1, String subject, String lastName) {
        return m1Dossier(m1, subject, lastName, ApplicationStatus.ACCEPTED, ApplicationOrigin.HERE, null);
    }

    static List<Continuation> listOf(Track m2) {
        return QuarkusTransaction.requiringNew().call(() -> Continuation.ofTrack(m2.id));
    }

    static Continuation ofDossier(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> Continuation.ofDossier(applicationId).orElse(null));
    }

    static ContinuationState state(Long applicationId) {
        Continuation c = ofDossier(applicationId);
        return c == null ? null : c.state;
    }
}
