package fr.univlorraine.ieps.documents;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;

/** The models the admin offers for a piece (the VAP file), for anyone preparing an application: public, like the how-to page. */
@Path("/modeles")
public class TemplateResource {

    @Inject
    TemplateFiles templates;

    @Inject
    DocumentStorage storage;

    @GET
    @Path("{code}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("code") String code) {
        DocumentType type = templates.withTemplate(code);
        if (type == null || !Files.isRegularFile(storage.pathOf(type.templateStoredName))) {
            throw new NotFoundException();
        }
        return Response.ok(storage.pathOf(type.templateStoredName).toFile(), type.templateMediaType)
                .header("Content-Disposition", DocumentDownloads.disposition("attachment", type.templateFileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-cache")
                .build();
    }
}
