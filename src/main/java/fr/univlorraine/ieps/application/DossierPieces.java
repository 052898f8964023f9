package fr.univlorraine.ieps.application;

import java.util.List;

/**
 * The pieces a candidate gave with their dossier, as the summary before submission, the submitted dossier and the
 * receipt mail list them; contributed by the documents feature without the application feature depending on it.
 */
public interface DossierPieces {

    /**
     * One piece as given: its checklist label in the reader's language, and the file received (name, size, pages,
     * SHA-256), or the candidate's reason when they declared it does not concern them ({@code fileName} null).
     */
    record Piece(String label, String fileName, Long sizeBytes, Integer pageCount, String sha256,
            String notConcernedReason) {

        public boolean hasFile() {
            return fileName != null;
        }
    }

    /** The dossier's pieces in checklist order, labelled in this language ("fr", "en"). */
    List<Piece> of(Application app, String lang);
}
