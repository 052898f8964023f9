package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API of the candidate's documents: the checklist with what is given, and uploads (bearer token or session). */
@Path("/api/me/applications/{id}/documents")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidate")
@SecurityRequirement(name = "SecurityScheme")
public class DocumentApi {

    @Inject
    ApplicationService applications;

    @Inject
    DocumentService documents;

    @Inject
    DocumentUploads uploads;

    @Inject
    CurrentUser user;

    /** One checklist item as the API shows it. */
    public record Item(String code, String label, String requirement, String status, String fileName, String mediaType,
            Long size, String sha256, Integer pages, Instant uploadedAt, String refusalReason, boolean requiredNow,
            String notYet) {

        static Item of(DocumentService.ChecklistLine line, String lang) {
            ApplicationDocument d = line.document();
            return new Item(line.type().code, line.type().label(lang), line.item().requirement.name(),
                    d == null ? "MISSING" : d.status.name(), d == null ? null : d.originalName, d == null ? null : d.mediaType,
                    d == null ? null : d.sizeBytes, d == null ? null : d.sha256, d == null ? null : d.pageCount,
                    d == null ? null : d.uploadedAt, d == null ? null : d.refusalReason, line.required(),
                    line.notYet() == null ? null : line.notYet().name());
        }
    }

    @GET
    @Operation(summary = "The checklist of my application", description = "Every document asked, with the one given if any.")
    public List<Item> checklist(@PathParam("id") Long id, @HeaderParam("Accept-Language") String language) {
        Application app = applications.owned(id, user.subject());
        String lang = language != null && language.startsWith("en") ? "en" : "fr";
        return documents.checklist(app).stream().map(line -> Item.of(line, lang)).toList();
    }

    /**
     * Uploads (or replaces) the document of one checklist item: the body is the file itself, its name in
     * X-File-Name. The body is streamed to a temporary file; its type is decided from its content.
     * With {@code If-None-Match: *} it only creates: 412 if the item already has a document.
     */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a document", description = "PDF, JPEG or PNG as the item accepts; refused with a message key "
            + "otherwise (400). With If-None-Match: * only a first upload is accepted (412 if the item already has a "
            + "document); an upload of the same item at the same moment gets 409.")
    public Response upload(@PathParam("id") Long id, @PathParam("code") String code,
            @HeaderParam("X-File-Name") String fileName, @HeaderParam("If-None-Match") String ifNoneMatch, File body)
            throws IOException {
        DocumentUploads.Expected expected = ifNoneMatch != null && ifNoneMatch.strip().equals("*")
                ? DocumentUploads.Expected.NOTHING : DocumentUploads.Expected.ANYTHING;
        try {
            ApplicationDocument document = uploads.upload(id, user.subject(), code, body.toPath(),
                    fileName == null ? code : fileName, expected);
            return Response.ok(Map.of("code", code, "status", document.status.name(), "sha256", document.sha256,
                    "size", document.sizeBytes, "pages", document.pageCount)).build();
        } catch (RefusedContent refused) {
            return Response.status(400).entity(Map.of("status", 400, "error", refused.apiCode)).build();
        } catch (UploadConflict conflict) {
            int status = conflict.alreadyThere ? 412 : 409;
            return Response.status(status).entity(Map.of("status", status, "error", UploadConflict.API_CODE)).build();
        } finally {
            java.nio.file.Files.deleteIfExists(body.toPath());
        }
    }
}
