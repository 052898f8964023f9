package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.PlatformTrack;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

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
}
