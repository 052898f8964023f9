package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.RuleViolation;

import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.Params;
import java.util.EnumSet;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.SubmissionCheck;
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

    private static final Set<DocumentFlash> FLASHES = EnumSet.of(DocumentFlash.uploaded, DocumentFlash.notconcerned,
            DocumentFlash.removed);

    /** The confirmation after a redirect, naming the piece it is about and shown at it ({@code code}). */
    public record Notice(String code, String text) {
    }

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
                ItemError error, String reason, Notice notice, SubmissionCheck.Pieces count);
    }

    @GET
    public TemplateInstance list(@PathParam("id") Long id, @QueryParam("ok") String ok, @QueryParam("piece") String piece) {
        Application app = applications.owned(id, user.subject());
        return page(app, null, null, notice(app, Flashes.of(FLASHES, ok), piece));
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") Long id, @PathParam("code") String code, @RestForm("file") List<FileUpload> files,
            @RestForm("replaces") String replaces) throws IOException {
        Application app = applications.owned(id, user.subject());
        try {
            // a browser sends an empty part, with no file name, when no file was chosen
            List<FileUpload> chosen = files == null ? List.of() : files.stream()
                    .filter(f -> f.uploadedFile() != null && (f.fileName() != null && !f.fileName().isEmpty() || f.size() > 0))
                    .toList();
            if (chosen.isEmpty()) {
                throw new RefusedContent(DocumentError.FILE_MISSING);
            }
            uploads.upload(id, user.subject(), code,
                    chosen.stream().map(f -> new DocumentUploads.Sent(f.uploadedFile(), f.fileName())).toList(), expected(replaces));
        } catch (RefusedContent refused) {
            return refused(400, app, code, refused.error, null);
        } catch (UploadConflict conflict) {
            return refused(409, app, code, DocumentError.UPLOAD_CONFLICT, null);
        } catch (RuleViolation closed) {
            return refused(409, app, code, closed.error, null);
        }
        return backTo(id, DocumentFlash.uploaded, code);
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
        return backTo(id, DocumentFlash.notconcerned, code);
    }

    /** Takes back what was given for the piece (the document the page showed), while the dossier may change. */
    @POST
    @Path("{code}/retirer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") Long id, @PathParam("code") String code, @RestForm("document") String document) {
        Application app = applications.owned(id, user.subject());
        try {
            uploads.remove(id, user.subject(), code, Params.number(document));
        } catch (RuleViolation refused) {
            return refused(409, app, code, refused.error, null);
        }
        return backTo(id, DocumentFlash.removed, code);
    }

    /** The pieces page at the piece, with a confirmation naming it. */
    private static Response backTo(Long id, DocumentFlash flash, String code) {
        return Response.seeOther(URI.create("/candidatures/" + id + "/pieces?ok=" + flash + "&piece=" + code + "#piece-" + code))
                .build();
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

    private TemplateInstance page(Application app, ItemError error, String reason, Notice notice) {
        return Templates.pieces(app, documents.checklist(app), ui.lang(), error, reason, notice, documents.pieces(app, ui.lang()));
    }

    /** The confirmation, naming the piece when the address names one of the dossier's (any other code is ignored). */
    private Notice notice(Application app, DocumentFlash flash, String code) {
        if (flash == null) {
            return null;
        }
        String lang = ui.lang();
        DocumentType type = code == null ? null : documents.checklist(app).stream().map(DocumentService.ChecklistLine::type)
                .filter(t -> t.code.equals(code)).findFirst().orElse(null);
        if (type == null) {
            return new Notice(null, flash.text(lang));
        }
        DocumentMessages doc = Localizable.bundle(DocumentMessages.class, lang);
        String piece = type.label(lang);
        return new Notice(type.code, switch (flash) {
            case removed -> doc.removed_piece(piece);
            case notconcerned -> doc.notconcerned_piece(piece);
            default -> doc.uploaded_piece(piece);
        });
    }

    /** The page again, with the refusal shown at the item of this type; nothing was changed. */
    private Response refused(int status, Application app, String code, Localizable problem, String reason) {
        DocumentType type = documents.checklist(app).stream().map(DocumentService.ChecklistLine::type)
                .filter(t -> t.code.equals(code)).findFirst().orElseThrow(NotFoundException::new);
        var error = new ItemError(code, type.label(ui.lang()), problem, type.maxSizeMb);
        return Response.status(status).entity(page(app, error, reason, null)).build();
    }
}
