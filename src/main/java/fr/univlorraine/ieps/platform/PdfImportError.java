package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;

/** Why a whole ZIP is refused, before any of its files is read: shown on the upload page. */
public enum PdfImportError implements Localizable {
    FILE_MISSING, NOT_A_ZIP, TOO_MANY_ENTRIES, NO_PIECE_TYPE;

    @Override
    public String text(String lang) {
        return Localizable.bundle(PlatformPdfMessages.class, lang).error(this);
    }
}
