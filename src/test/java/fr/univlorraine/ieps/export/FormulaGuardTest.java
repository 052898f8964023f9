package fr.univlorraine.ieps.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Text that a spreadsheet would run as a formula gets a leading quote; anything else is left as it is. */
class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "\tcmd", "\rcmd", "=", "-"})
    void textThatAFormulaCouldStartWithIsQuoted(String text) {
        assertEquals("'" + text, FormulaGuard.neutralise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lefèvre", "Camille", "IEPS-2027-M1-0042", "06 12 34 56 78", "a=b", "Jean-Pierre", " =1",
        "'déjà cité", "1+1"})
    void ordinaryTextIsUnchanged(String text) {
        assertEquals(text, FormulaGuard.neutralise(text));
    }

    @Test
    void emptyAndMissingStayAsTheyAre() {
        assertEquals("", FormulaGuard.neutralise(""));
        assertNull(FormulaGuard.neutralise(null));
    }
}
