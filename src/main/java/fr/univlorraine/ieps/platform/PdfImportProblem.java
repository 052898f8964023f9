package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;

/** Why one file of the ZIP was not stored (besides the content check of any upload, whose own texts say why). */
public enum PdfImportProblem implements Localizable {
    /** In a folder of the ZIP, or a path leaving it ("../"): only files at the top are read. */
    NESTED_PATH,
    /** The name carries no digits. */
    NO_NUMBER,
    /** The name carries two different numbers of the same length. */
    AMBIGUOUS_NUMBER,
    /** No imported dossier of the track has this number. */
    UNKNOWN_NUMBER,
    /** Another file of the same ZIP has already given this candidate's PDF. */
    SAME_NUMBER_TWICE,
    /** Larger, once unpacked, than the piece takes. */
    TOO_LARGE,
    /** Unpacks to far more than its compressed size: a ZIP bomb. */
    ZIP_BOMB,
    /** The entry cannot be read (damaged, or protected by a password). */
    UNREADABLE,
    /** The dossier's piece was changed by someone else at the same moment: send the file again. */
    CONFLICT;

    @Override
    public String text(String lang) {
        return Localizable.bundle(PlatformPdfMessages.class, lang).problem(this);
    }
}
