package fr.univlorraine.ieps.decision;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.RepeatedTest;

/** The capacity rule under 50 concurrent answers, expiries and job runs, on H2: 20 rounds. */
@QuarkusTest
class OfferConcurrencyTest {

    @RepeatedTest(20)
    void placesNeverExceedCapacityAndEveryFreedPlaceIsOfferedOnce(org.junit.jupiter.api.RepetitionInfo info) throws Exception {
        DecisionFixtures.clock();
        OfferConcurrency.round(info.getCurrentRepetition());
    }
}
