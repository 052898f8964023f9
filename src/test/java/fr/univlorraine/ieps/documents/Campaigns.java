package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import java.time.Duration;

/** The campaign the document tests apply to, and a clock set a day after the opening. */
final class Campaigns {

    private Campaigns() {
    }

    static MutableClock openOne() {
        Track m1 = QuarkusTransaction.requiringNew().call(() -> {
            if (Campaign.count() == 0) {
                Arc.container().instance(DemoData.class).get().createDemoCampaign();
            }
            return Track.<Track>find("level", Level.M1).firstResult();
        });
        MutableClock clock = new MutableClock(m1.opensAt.plus(Duration.ofDays(1)));
        QuarkusMock.installMockForType(clock, AppClock.class);
        return clock;
    }
}
