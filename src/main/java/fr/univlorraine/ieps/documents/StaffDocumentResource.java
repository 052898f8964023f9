package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Staff reading a dossier's documents, one by one: every view or download is audited. Reviewers will
 * read the dossiers assigned to them once assignment exists; until then only the secretariat, the
 * programme heads and admins read documents.
 */
@Path("/dossiers/{id}")
@RolesAllowed({Roles.SECRETARIAT, Roles.HEAD, Roles.ADMIN})
public class StaffDocumentResource {

    @Inject
    CompletenessService completeness;

    @Inject
    AuditLog audit;

    @Inject
    DossierPdfService pdf;

    @Inject
    fr.univlorraine.ieps.web.Ui ui;

    /**
     * The whole dossier as one PDF (cover summary, then every document), written to a temporary file; a document
     * that cannot be merged is a page saying so, never a failure of the whole.
     */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response dossierPdf(@PathParam("id") Long id) throws java.io.IOException {
        var written = pdf.readThenWrite(() -> {
            Application app = completeness.checkable(id);
            audit.record(AuditLog.DOWNLOAD_DOSSIER_PDF, app.id, null, app.reference);
            return app;
        }, ui.lang(), app -> false);
        return DocumentDownloads.dossier(written.file(), written.app().reference);
    }

    @GET
    @Path("pieces/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") Long id, @PathParam("documentId") Long documentId,
            @QueryParam("telecharger") String download) {
        Application app = completeness.checkable(id);
        ApplicationDocument document = ApplicationDocument.inDossier(documentId, app).filter(ApplicationDocument::hasFile)
                .orElseThrow(NotFoundException::new);
        boolean attachment = download != null;
        audit.record(attachment ? AuditLog.DOWNLOAD_DOCUMENT : AuditLog.VIEW_DOCUMENT, app.id, document.id,
                document.type.code + " " + document.originalName);
        return DocumentDownloads.response(document, attachment);
    }
}
