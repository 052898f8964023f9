package fr.univlorraine.ieps.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PdfImportNumberTest {

    @Test
    void theLongestRunOfDigitsIsTheCandidateNumber() {
        assertEquals("1234567", PdfImportNumber.of("MonMaster_2027_1234567_DUPONT.pdf"));
        assertEquals("0012345", PdfImportNumber.of("0012345.pdf"));
        assertEquals("987654", PdfImportNumber.of("dossier-987654 (1).PDF"));
    }

    @Test
    void theExtensionAndFoldersCarryNoNumber() {
        assertEquals("12", PdfImportNumber.of("a/b2024c/12.pdf2"));
    }

    @Test
    void twoDifferentRunsOfTheLongestLengthNameNoOne() {
        assertNull(PdfImportNumber.of("123456_654321.pdf"));
        assertTrue(PdfImportNumber.ambiguous("123456_654321.pdf"));
        assertEquals("123456", PdfImportNumber.of("123456_copie_123456.pdf"));
    }

    @Test
    void aNameWithoutDigitsNamesNoOne() {
        assertNull(PdfImportNumber.of("dossier-dupont.pdf"));
        assertFalse(PdfImportNumber.ambiguous("dossier-dupont.pdf"));
    }
}
