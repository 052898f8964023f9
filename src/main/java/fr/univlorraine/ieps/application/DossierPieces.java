package fr.univlorraine.ieps.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * What the pieces are, whatever the language they are shown in: the SHA-256 of their files (or of the reasons
     * given instead), in order. A summary carries it so that a piece changed in another window since is noticed.
     */
    static String fingerprint(List<Piece> pieces) {
        StringBuilder all = new StringBuilder();
        for (Piece p : pieces) {
            all.append(p.fileName()).append('\u0000').append(p.sha256()).append('\u0000')
                    .append(p.notConcernedReason()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
