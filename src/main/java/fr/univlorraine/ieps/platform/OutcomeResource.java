package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.security.Roles;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcomes of a platform track's imported dossiers, recorded by the head from what the national platform shows:
 * one table, one select per dossier, saved all at once. Each change is written to the audit log.
 */
@Path("/plateforme/{trackId}/resultats")
@RolesAllowed(Roles.HEAD)
@Produces(MediaType.TEXT_HTML)
public class OutcomeResource {

    private static final Set<OutcomeFlash> FLASHES = EnumSet.allOf(OutcomeFlash.class);
    /** More rows than any track could hold: a form beyond is forged. */
    private static final int MAX_ROWS = 10_000;
    static final String AUDIT_ACTION = "PLATFORM_OUTCOME";

    @Inject
    PlatformService platform;

    @Inject
    OutcomeService outcomes;

    @Inject
    AuditLog audit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outcomes(OutcomeService.Page page, PlatformOutcome[] kinds, FormErrors errors,
                OutcomeFlash flash);
    }

    @GET
    public TemplateInstance page(@PathParam("trackId") Long trackId, @QueryParam("ok") String ok) {
        Track track = platform.platformTrack(trackId);
        return Templates.outcomes(outcomes.page(track), PlatformOutcome.values(), new FormErrors(), Flashes.of(FLASHES, ok));
    }

    /** Rows {@code app0, outcome0, app1, outcome1...}; a refused form comes back with what was typed. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("trackId") Long trackId, MultivaluedMap<String, String> post) {
        Track track = platform.platformTrack(trackId);
        List<OutcomeService.Choice> choices = new ArrayList<>();
        Map<Long, String> typed = new LinkedHashMap<>();
        for (int i = 0; post.containsKey("app" + i); i++) {
            if (i >= MAX_ROWS) {
                throw new NotFoundException();
            }
            Long id = Params.number(post.getFirst("app" + i));
            String value = post.getFirst("outcome" + i);
            choices.add(new OutcomeService.Choice(id, value));
            if (id != null) {
                typed.put(id, value == null ? "" : value);
            }
        }
        OutcomeService.Saved saved = outcomes.save(track, choices);
        if (saved.errors().any()) {
            return Response.status(400).entity(Templates.outcomes(outcomes.page(track, typed), PlatformOutcome.values(),
                    saved.errors(), null)).build();
        }
        for (OutcomeService.Change c : saved.changes()) {
            audit.record(AUDIT_ACTION, c.applicationId(), null, (c.from() == null ? "-" : c.from().name()) + " -> "
                    + (c.to() == null ? "-" : c.to().name()));
        }
        return Response.seeOther(URI.create("/plateforme/" + track.id + "/resultats?ok=" + OutcomeFlash.outcomes_saved))
                .build();
    }
}
