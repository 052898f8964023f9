package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The staff's private notes and labels on a dossier. A change goes back to the dossier view with its confirmation
 * (Post/Redirect/Get); a refused one is answered with a page of its own showing the dossier's notes and labels, the
 * errors and what was typed, whose form posts again here.
 */
@Path("/dossiers/{id}")
@RolesAllowed({Roles.HEAD, Roles.SECRETARIAT, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class NoteResource {

    @Inject
    NoteService notes;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(Application app, StaffNotes notes, FormErrors errors);
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@PathParam("id") Long id, @BeanParam NoteForm form) {
        FormErrors errors = notes.addNote(id, form, author());
        if (errors.any()) {
            return refused(id, form.note(), null, errors);
        }
        audit.record(AuditLog.NOTE_ADDED, id, null, null);  // never the note itself
        return back(id, NoteFlash.noteAdded);
    }

    @POST
    @Path("etiquettes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addTag(@PathParam("id") Long id, @BeanParam TagForm form) {
        NoteService.TagChange change = notes.addTag(id, form, author());
        if (change.errors().any()) {
            return refused(id, null, form.etiquette(), change.errors());
        }
        if (change.added()) {
            audit.record(AuditLog.TAG_ADDED, id, null, form.etiquette());
        }
        return back(id, NoteFlash.tagAdded);
    }

    @POST
    @Path("etiquettes/{tagId}/retirer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeTag(@PathParam("id") Long id, @PathParam("tagId") Long tagId) {
        String removed = notes.removeTag(id, tagId);
        if (removed != null) {
            audit.record(AuditLog.TAG_REMOVED, id, null, removed);
        }
        return back(id, NoteFlash.tagRemoved);
    }

    private Response refused(Long id, String typedNote, String typedTag, FormErrors errors) {
        return Response.status(400).entity(Templates.refused(notes.dossier(id),
                notes.refused(id, typedNote, typedTag, errors), errors)).build();
    }

    private static Response back(Long id, NoteFlash flash) {
        return Response.seeOther(URI.create("/dossiers/" + id + "?ok=" + flash + "#notes")).build();
    }

    private ActorRef author() {
        Actor role = user.has(Roles.HEAD) ? Actor.HEAD : Actor.SECRETARIAT;
        return new ActorRef(user.subject(), user.displayName(), role);
    }
}
