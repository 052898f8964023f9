package fr.univlorraine.ieps.decision;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** The same 20 rounds of 50 concurrent moves, on PostgreSQL: the lock is the database's, not H2's. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class OfferConcurrencyPostgresTest {

    @RepeatedTest(20)
    void placesNeverExceedCapacityAndEveryFreedPlaceIsOfferedOnce(RepetitionInfo info) throws Exception {
        DecisionFixtures.clock();
        OfferConcurrency.round(info.getCurrentRepetition());
    }
}
