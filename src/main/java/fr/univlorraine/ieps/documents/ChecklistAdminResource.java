package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.Audited;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The admin's page for the checklist: document types (labels, help, formats, size) and what each level and route asks. */
@Audited(value = AuditAction.SETTINGS_CHANGED, what = "checklist")
@Path("/admin/pieces")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ChecklistAdminResource {

    private static final Set<DocumentFlash> FLASHES = EnumSet.of(DocumentFlash.type, DocumentFlash.checklist,
            DocumentFlash.template);

    @Inject
    ChecklistAdminService admin;

    @Inject
    TemplateFiles templates;

    @Inject
    Ui ui;

    /** The requirement of each (level, route, type), keyed "M1-INITIALE-3", for the matrix. */
    public record Matrix(Map<String, Requirement> cells) {
        public String get(Level level, String route, Long typeId) {
            Requirement r = cells.get(level + "-" + route + "-" + typeId);
            return r == null ? "" : r.name();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checklist(List<DocumentType> types, Matrix matrix, Level[] levels, ChecklistRoute[] routes,
                Requirement[] requirements, FileKind[] kinds, long editedId, TypeForm form,
                FormErrors errors, DocumentFlash flash, long templateMaxMb, String templateAccept);
    }

    @GET
    public TemplateInstance page(@QueryParam("ok") String ok) {
        return page(0, null, new FormErrors(), Flashes.of(FLASHES, ok));
    }

    @POST
    @Path("types")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam TypeForm form) {
        return saveType(null, form);
    }

    @POST
    @Path("types/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") Long id, @BeanParam TypeForm form) {
        return saveType(id, form);
    }

    @POST
    @Path("niveaux/{level}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checklist(@PathParam("level") Level level, MultivaluedMap<String, String> params) {
        Map<String, Map<Long, Requirement>> wanted = new HashMap<>();
        for (String route : ChecklistAdminService.ROUTES) {
            for (DocumentType type : DocumentType.ordered()) {
                String value = params.getFirst(route + "-" + type.id);
                if (value != null && !value.isBlank()) {
                    try {
                        wanted.computeIfAbsent(route, r -> new HashMap<>()).put(type.id, Requirement.valueOf(value));
                    } catch (IllegalArgumentException forged) {
                        return Response.status(400).entity(page(0, null,
                                new FormErrors().add(ChecklistField.checklist, FieldError.CHOICE), null)).build();
                    }
                }
            }
        }
        admin.saveChecklist(level, wanted);
        return Response.seeOther(URI.create("/admin/pieces?ok=" + DocumentFlash.checklist + "#niveau-" + level)).build();
    }

    /** The model candidates download for this type (the VAP file's), checked from its content; a refusal is shown at it. */
    @POST
    @Path("types/{id}/modele")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response template(@PathParam("id") Long id, @RestForm("file") FileUpload file) throws IOException {
        try {
            if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
                throw new RefusedContent(DocumentError.FILE_MISSING);
            }
            templates.upload(id, file.uploadedFile(), file.fileName());
        } catch (RefusedContent refused) {
            FormErrors errors = new FormErrors().add(templateField(id), ChecklistField.template, refused.error);
            return Response.status(400).entity(page(0, null, errors, null)).build();
        }
        return Response.seeOther(URI.create("/admin/pieces?ok=" + DocumentFlash.template + "#" + templateField(id))).build();
    }

    /** The id of a type's model field on the page, where its error links to. */
    private static String templateField(Long typeId) {
        return "template-" + typeId;
    }

    private Response saveType(Long id, TypeForm form) {
        FormErrors errors = admin.save(id, form);
        if (errors.any()) {
            return Response.status(400).entity(page(id == null ? -1L : id, form, errors, null)).build();
        }
        return Response.seeOther(URI.create("/admin/pieces?ok=" + DocumentFlash.type)).build();
    }

    private TemplateInstance page(long editedId, TypeForm form, FormErrors errors, DocumentFlash flash) {
        Map<String, Requirement> cells = new HashMap<>();
        for (ChecklistItem item : ChecklistItem.all()) {
            cells.put(item.level + "-" + item.route + "-" + item.type.id, item.requirement);
        }
        return Templates.checklist(DocumentType.ordered(), new Matrix(cells), Level.values(), ChecklistRoute.values(),
                Requirement.values(), FileKind.values(), editedId, form, errors, flash, templates.maxMegabytes(),
                TemplateKind.accept());
    }
}
