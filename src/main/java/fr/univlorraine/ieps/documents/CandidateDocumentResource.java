package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.RuleViolation;

import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.Params;
import java.util.EnumSet;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The candidate's documents: the checklist of their dossier, uploads, "not concerned", viewing their own files. */
@Path("/candidatures/{id}/pieces")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.TEXT_HTML)
public class CandidateDocumentResource {

    private static final Set<DocumentFlash> FLASHES = EnumSet.of(DocumentFlash.uploaded, DocumentFlash.notconcerned);

    /** A refusal shown at the item it concerns, with the largest size the item accepts. */
    public record ItemError(String code, String label, Localizable error, int maxSizeMb) {

        /** Whether the text is followed by the largest size accepted. */
        public boolean namesMaxSize() {
            return error == DocumentError.FILE_TOO_LARGE;
        }

        /** Whether it is about the reason for not being concerned rather than the file. */
        public boolean aboutReason() {
            return error == DocumentError.REASON_REQUIRED || error == FieldError.TOO_LONG_1000;
        }
    }

    @Inject
    ApplicationService applications;

    @Inject
    DocumentService documents;

    @Inject
    DocumentUploads uploads;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pieces(Application app, List<DocumentService.ChecklistLine> lines, String lang,
                ItemError error, String reason, DocumentFlash flash);
    }

    @GET
    public TemplateInstance list(@PathParam("id") Long id, @QueryParam("ok") String ok) {
        Application app = applications.owned(id, user.subject());
        return page(app, null, null, Flashes.of(FLASHES, ok));
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") Long id, @PathParam("code") String code, @RestForm("file") FileUpload file,
            @RestForm("replaces") String replaces) throws IOException {
        Application app = applications.owned(id, user.subject());
        try {
            if (file == null || file.uploadedFile() == null) {
                throw new RefusedContent(DocumentError.FILE_MISSING);
            }
            uploads.upload(id, user.subject(), code, file.uploadedFile(), file.fileName(), expected(replaces));
        } catch (RefusedContent refused) {
            return refused(400, app, code, refused.error, null);
        } catch (UploadConflict conflict) {
            return refused(409, app, code, DocumentError.UPLOAD_CONFLICT, null);
        } catch (RuleViolation closed) {
            return refused(409, app, code, closed.error, null);
        }
        return Response.seeOther(URI.create("/candidatures/" + id + "/pieces?ok=" + DocumentFlash.uploaded + "#piece-" + code)).build();
    }

    @POST
    @Path("{code}/non-concerne")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notConcerned(@PathParam("id") Long id, @PathParam("code") String code, MultivaluedMap<String, String> form) {
        Application app = applications.owned(id, user.subject());
        String reason = form.getFirst("reason");
        Localizable problem = reason == null || reason.isBlank() ? DocumentError.REASON_REQUIRED
                : reason.strip().length() > DocumentService.MAX_REASON_LENGTH ? FieldError.TOO_LONG_1000 : null;
        if (problem != null) {
            return refused(400, app, code, problem, reason);
        }
        try {
            uploads.declareNotConcerned(id, user.subject(), code, reason);
        } catch (RuleViolation closed) {
            return refused(409, app, code, closed.error, reason);
        }
        return Response.seeOther(URI.create("/candidatures/" + id + "/pieces?ok=" + DocumentFlash.notconcerned + "#piece-" + code)).build();
    }

    /** The candidate's own file, shown in the browser (or downloaded with ?telecharger). */
    @GET
    @Path("fichier/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") Long id, @PathParam("documentId") Long documentId, @QueryParam("telecharger") String download) {
        Application app = applications.owned(id, user.subject());
        ApplicationDocument document = ApplicationDocument.inDossier(documentId, app).filter(ApplicationDocument::hasFile)
                .orElseThrow(NotFoundException::new);
        return DocumentDownloads.response(document, download != null);
    }

    /**
     * The form says which document its page showed for the piece (empty when there was none): an upload
     * made from a page older than the piece's document is a conflict, not a silent replacement.
     */
    private static DocumentUploads.Expected expected(String replaces) {
        Long id = Params.number(replaces);
        return id == null ? DocumentUploads.Expected.NOTHING : DocumentUploads.Expected.document(id);
    }

    private TemplateInstance page(Application app, ItemError error, String reason, DocumentFlash flash) {
        return Templates.pieces(app, documents.checklist(app), ui.lang(), error, reason, flash);
    }

    /** The page again, with the refusal shown at the item of this type; nothing was changed. */
    private Response refused(int status, Application app, String code, Localizable problem, String reason) {
        DocumentType type = documents.checklist(app).stream().map(DocumentService.ChecklistLine::type)
                .filter(t -> t.code.equals(code)).findFirst().orElseThrow(NotFoundException::new);
        var error = new ItemError(code, type.label(ui.lang()), problem, type.maxSizeMb);
        return Response.status(status).entity(page(app, error, reason, null)).build();
    }
}
