package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.application.Continuation;
import fr.univlorraine.ieps.application.ContinuationState;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Params;
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
import java.net.URI;
import java.util.EnumSet;

/**
 * The list of M1 students continuing to M2, for the secretariat and the heads: the M2 places, the update of the list
 * from M1, and per student a state (pending, confirmed, not continuing) with an optional note.
 */
@Path("/reinscriptions")
@RolesAllowed({Roles.SECRETARIAT, Roles.HEAD})
@Produces(MediaType.TEXT_HTML)
public class ContinuationResource {

    @Inject
    ContinuationService continuations;

    @Inject
    CurrentUser user;

    /** What the page says after an update of the list. */
    public record Refreshed(long added, long removed) {
    }

    /** A row sent back with a problem: which one, and the note as typed; {@link #NONE} when none was. */
    public record Typed(Long id, String note) {
        static final Typed NONE = new Typed(null, null);

        /** The note the row's field shows: as typed on the row sent back, else the one saved. */
        public String noteFor(Continuation c) {
            String shown = c.id.equals(id) ? note : c.note;
            return shown == null ? "" : shown;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ContinuationService.Listing listing, ContinuationFlash flash, Refreshed refreshed,
                FormErrors errors, Typed typed);
    }

    @GET
    public TemplateInstance list(@QueryParam("ok") String ok, @QueryParam("ajoutes") String added,
            @QueryParam("retires") String removed) {
        Refreshed refreshed = added == null || removed == null ? null
                : new Refreshed(Params.number(added, 0), Params.number(removed, 0));
        return Templates.list(continuations.listing(), Flashes.of(EnumSet.allOf(ContinuationFlash.class), ok), refreshed,
                new FormErrors(), Typed.NONE);
    }

    @POST
    @Path("actualiser")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refresh() {
        ContinuationService.Refreshed done = continuations.refresh();
        return Response.seeOther(URI.create("/reinscriptions?ajoutes=" + done.added() + "&retires=" + done.removed()))
                .build();
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@PathParam("id") String id, MultivaluedMap<String, String> params) {
        Long continuationId = Params.number(id);
        if (continuationId == null || !continuations.listed(continuationId)) {
            throw new NotFoundException();
        }
        String note = params.getFirst("note");
        ContinuationState state = Params.constant(ContinuationState.class, params.getFirst("state"));
        if (state == null) {
            return refused(400, continuationId, note, ContinuationField.state, ContinuationError.UNKNOWN_STATE);
        }
        if (note != null && note.strip().length() > Continuation.MAX_NOTE) {
            return refused(400, continuationId, note, ContinuationField.note, FieldError.TOO_LONG_500);
        }
        try {
            continuations.set(continuationId, state, note, user.as(user.has(Roles.SECRETARIAT) ? Actor.SECRETARIAT : Actor.HEAD));
        } catch (RuleViolation e) {
            return refused(409, continuationId, note, ContinuationField.state, e.error);
        }
        return Response.seeOther(URI.create("/reinscriptions?ok=" + ContinuationFlash.state_saved + "#etudiant-"
                + continuationId)).build();
    }

    /** The list again with the problem on the row, the note as typed; nothing was changed. */
    private Response refused(int status, Long id, String note, ContinuationField field,
            Localizable error) {
        FormErrors errors = new FormErrors().add(field.name() + "-" + id, field, error);
        return Response.status(status)
                .entity(Templates.list(continuations.listing(), null, null, errors, new Typed(id, note))).build();
    }
}
