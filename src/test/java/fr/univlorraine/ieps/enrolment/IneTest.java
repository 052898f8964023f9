package fr.univlorraine.ieps.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The INE's shape: every kind in use passes, anything else does not; nothing typed is fine (the field is optional). */
class IneTest {

    @Test
    void everyKindOfIneInUsePasses() {
        for (String ine : List.of("1234567890A", "123456789AB", "1234A12345F", "2517D12345K",
                "0512AB34CDZ")) {
            assertTrue(Ine.valid(ine), ine);
        }
    }

    @Test
    void spacesAndSmallLettersAreTidiedNotRefused() {
        assertTrue(Ine.valid(" 12345 67890 a "));
        assertEquals("1234567890A", Ine.normalise(" 12345 67890 a "));
        assertEquals("123456789AB", Ine.normalise("123.456.789-ab"));
    }

    @Test
    void nothingTypedIsNoIne() {
        assertTrue(Ine.valid(null));
        assertTrue(Ine.valid("   "));
        assertNull(Ine.normalise("  "));
    }

    @Test
    void otherShapesAreRefused() {
        for (String ine : List.of("1234567890", "12345678901", "1234567890AB", "A234567890B", "123456789012", "12345678901B",
                "1234567890É", "ABCDEFGHIJK", "12#4567890A")) {
            assertFalse(Ine.valid(ine), ine);
        }
    }
}
