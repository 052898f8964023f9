package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.PlatformTrack;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A track on the national platform and dossiers imported from it, for the platform's tests. */
final class PlatformFixtures {

    private PlatformFixtures() {
    }

    /** Makes the track a platform track: its initial-education and work-study candidates apply on the platform. */
    static void onPlatform(Track track) {
        QuarkusTransaction.requiringNew().run(() -> {
            PlatformTrack platform = new PlatformTrack();
            platform.trackId = track.id;
            platform.routes.add(EntryRoute.INITIALE);
            platform.routes.add(EntryRoute.ALTERNANCE);
            platform.platformOpensAt = DecisionFixtures.START.minusSeconds(200L * 86400);
            platform.platformClosesAt = DecisionFixtures.START.minusSeconds(120L * 86400);
            platform.persist();
        });
    }

    /**
     * {@code count} dossiers under review imported from the platform, numbered {@code <prefix>-<i>}: no owner, origin
     * PLATFORM. Their references sort in creation order, so without reviews the board ranks them that way.
     */
    static List<Long> imported(Track track, String prefix, int count) {
        List<Long> ids = DecisionFixtures.underReview(track, prefix, count);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < ids.size(); i++) {
                Application a = Application.findById(ids.get(i));
                a.origin = ApplicationOrigin.PLATFORM;
                a.candidateSubject = null;
                a.platformNumber = prefix + "-" + i;
                a.lastName = "Plateforme" + i;
                a.firstName = "Élise Marie";
            }
        });
        return ids;
    }

    /** One imported dossier: its id and its platform number. */
    record Imported(Long id, String number) {
    }

    /** {@code count} imported dossiers of the track, SUBMITTED, without owner, each with a new 9-digit number. */
    static List<Imported> submitted(Track track, int count) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Imported> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Application a = new Application();
                a.track = Track.findById(track.id);
                a.origin = ApplicationOrigin.PLATFORM;
                a.platformNumber = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));
                a.status = ApplicationStatus.SUBMITTED;
                a.entryRoute = EntryRoute.INITIALE;
                a.firstName = "Camille";
                a.lastName = "Plateforme" + i;
                a.email = "plateforme-" + a.platformNumber + "@example.fr";
                a.reference = "P%d-%s-%s".formatted(track.campaign.startYear, track.level, a.platformNumber);
                a.createdAt = DecisionFixtures.START.minus(Duration.ofDays(30));
                a.updatedAt = a.createdAt;
                a.submittedAt = a.createdAt;
                a.persist();
                made.add(new Imported(a.id, a.platformNumber));
            }
            return made;
        });
    }
}
