package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.documents.DocumentDownloads;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The records of processing (registre des activités de traitement): a page to read and print, and the same as a PDF
 * drawn from {@code templates/pdf/records.html}. A French document first; the English page is a reading aid.
 */
@Path("/dpo")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
public class RecordsResource {

    @Inject
    RecordsService records;

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance records(Records records);
    }

    @GET
    @Path("registre")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.records(records.records(ui.lang()));
    }

    @GET
    @Path("registre.pdf")
    @Produces("application/pdf")
    public Response pdf() {
        String lang = ui.lang();
        return DocumentDownloads.pdf(RecordsPdf.print(records.records(lang), lang), "registre-traitements-admissions-ieps.pdf");
    }
}
