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
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Imported ("platform") dossiers of a track made a platform track, as the spreadsheet import leaves them. */
final class PlatformDossiers {

    private PlatformDossiers() {
    }

    /** One imported dossier: its id and its platform number. */
    record Imported(Long id, String number) {
    }

    /** Makes the track take its INITIALE and ALTERNANCE candidates through the platform. */
    static void onPlatform(Track track) {
        QuarkusTransaction.requiringNew().run(() -> {
            PlatformTrack platform = new PlatformTrack();
            platform.trackId = track.id;
            platform.routes = EnumSet.of(EntryRoute.INITIALE, EntryRoute.ALTERNANCE);
            platform.persist();
        });
    }

    /** {@code count} imported dossiers of the track, SUBMITTED, without owner, each with a new 9-digit number. */
    static List<Imported> imported(Track track, int count) {
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
