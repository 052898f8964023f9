package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.DossierPieces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The pieces of a dossier as the submission's pages and receipt mail list them: what the candidate gave, in checklist
 * order, with the SHA-256 computed from each file's bytes at upload.
 */
@ApplicationScoped
public class GivenPieces implements DossierPieces {

    @Inject
    DocumentService documents;

    @Override
    public List<Piece> of(Application app, String lang) {
        return documents.given(app).stream().map(d -> new Piece(d.type.label(lang), d.hasFile() ? d.originalName : null,
                d.sizeBytes, d.pageCount, d.sha256, d.notConcernedReason)).toList();
    }
}
