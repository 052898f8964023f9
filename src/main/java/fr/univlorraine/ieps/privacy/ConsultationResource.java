package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Who read my dossier: the candidate sees when the staff opened their dossier or one of its pieces, and in which roles
 * (the secretariat, the teaching team...), never the person's name. Their own dossier only; another's id is not found.
 */
@Path("/candidatures/{id}/consultations")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.TEXT_HTML)
public class ConsultationResource {

    @Inject
    ApplicationService applications;

    @Inject
    AuditJournal journal;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance consultations(Application app, List<AuditJournal.Consultation> consultations);
    }

    @GET
    public TemplateInstance consultations(@PathParam("id") Long id) {
        Application app = applications.owned(id, user.subject());
        return Templates.consultations(app, journal.consultations(app.id));
    }
}
