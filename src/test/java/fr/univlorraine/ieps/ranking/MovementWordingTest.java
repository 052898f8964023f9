package fr.univlorraine.ieps.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A line of the ranking log reads as a sentence, also when a dossier kept its rank. */
@QuarkusTest
class MovementWordingTest {

    @Test
    void aMoveReadsFromOneRankToAnotherAndAKeptRankSaysSo() {
        RankingMessages fr = Localizable.bundle(RankingMessages.class, "fr");
        RankingMessages en = Localizable.bundle(RankingMessages.class, "en");
        assertEquals("du rang 2 au rang 1", fr.movement(2, 1));
        assertEquals("rang 2 inchangé", fr.movement(2, 2));
        assertEquals("from rank 2 to rank 1", en.movement(2, 1));
        assertEquals("rank 2 unchanged", en.movement(2, 2));
    }
}
