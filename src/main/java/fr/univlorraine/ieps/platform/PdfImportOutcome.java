package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;

/** What became of one file of the ZIP: a new piece, a replaced one, the same file already there, or refused. */
public enum PdfImportOutcome implements Localizable {
    STORED, REPLACED, UNCHANGED, REFUSED;

    @Override
    public String text(String lang) {
        return Localizable.bundle(PlatformPdfMessages.class, lang).outcome(this);
    }
}
