package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The ZIP of the platform's PDF files for a platform track: the upload page, and the result of each upload (what
 * became of every file, and why a file was not stored). Heads and the secretariat.
 */
@Path("/plateforme/{trackId}/pdf")
@RolesAllowed({Roles.HEAD, Roles.SECRETARIAT})
@Produces(MediaType.TEXT_HTML)
public class PdfImportResource {

    @Inject
    PdfImportService imports;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(PdfImportService.TrackInfo track, List<PdfImport> latest, long maxMb, long zipMb,
                int maxEntries, FormErrors errors);

        static native TemplateInstance result(PdfImportService.TrackInfo track, PdfImportService.Result result);
    }

    @Inject
    PdfImportConfig config;

    @GET
    public TemplateInstance page(@PathParam("trackId") Long trackId) throws PdfImportService.ZipRefused {
        return page(trackId, new FormErrors());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("trackId") Long trackId, @RestForm("zip") FileUpload zip)
            throws IOException, PdfImportService.ZipRefused {
        imports.platformTrack(trackId);
        Long importId;
        try {
            // a browser sends an empty part, with no file name, when no file was chosen
            if (zip == null || zip.uploadedFile() == null || zip.size() == 0
                    && (zip.fileName() == null || zip.fileName().isEmpty())) {
                throw new PdfImportService.ZipRefused(PdfImportError.FILE_MISSING);
            }
            importId = imports.importZip(trackId, zip.uploadedFile(), zip.fileName(), user.as(actor()));
        } catch (PdfImportService.ZipRefused refused) {
            return Response.status(400).entity(page(trackId, new FormErrors().add(PdfImportField.zip, refused.error)))
                    .build();
        }
        return Response.seeOther(URI.create("/plateforme/" + trackId + "/pdf/" + importId)).build();
    }

    @GET
    @Path("{importId}")
    public TemplateInstance result(@PathParam("trackId") Long trackId, @PathParam("importId") Long importId) {
        return Templates.result(imports.platformTrack(trackId), imports.result(trackId, importId));
    }

    /** The largest archive taken (RequestTooLarge answers above it). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ieps.large-request.size", defaultValue = "100M")
    io.quarkus.runtime.configuration.MemorySize zipSize;

    private Actor actor() {
        return user.isHead() ? Actor.HEAD : Actor.SECRETARIAT;
    }

    private TemplateInstance page(Long trackId, FormErrors errors) throws PdfImportService.ZipRefused {
        PdfImportService.TrackInfo track = imports.platformTrack(trackId);
        long maxMb;
        try {
            maxMb = imports.maxBytes() / (1024 * 1024);
        } catch (PdfImportService.ZipRefused noType) {
            maxMb = 0;
            errors.add(PdfImportField.zip, noType.error);
        }
        return Templates.upload(track, imports.latest(trackId), maxMb, zipSize.asLongValue() / (1024 * 1024), config.maxEntries(), errors);
    }
}
