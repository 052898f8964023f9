package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.RestForm;

/** The head's local recruitment on a track that goes through the national platform: open, change, close. */
@Path("/plateforme/{trackId}/recrutement-local")
@RolesAllowed(Roles.HEAD)
@Produces(MediaType.TEXT_HTML)
public class LocalRecruitmentResource {

    private static final Set<LocalRecruitmentFlash> FLASHES = EnumSet.allOf(LocalRecruitmentFlash.class);

    @Inject
    LocalRecruitmentService service;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(LocalRecruitmentService.Figures figures, LocalRecruitmentForm form,
                List<EntryRoute> routes, String localRoutes, boolean underWay, boolean upcoming, FormErrors errors,
                LocalRecruitmentFlash flash);
    }

    @GET
    public TemplateInstance page(@PathParam("trackId") Long trackId, @QueryParam("ok") String ok) {
        var figures = service.figures(trackId);
        return page(figures, LocalRecruitmentForm.of(figures.platform()), new FormErrors(), Flashes.of(FLASHES, ok));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("trackId") Long trackId, @BeanParam LocalRecruitmentForm form) {
        var figures = service.figures(trackId);
        try {
            FormErrors errors = service.save(trackId, form);
            if (errors.any()) {
                return Response.status(400).entity(page(figures, form, errors, null)).build();
            }
        } catch (OptimisticLockException | StaleObjectStateException e) {
            return Response.status(409).entity(page(service.figures(trackId), form,
                    new FormErrors().add(LocalRecruitmentField.version, ChannelError.STALE), null)).build();
        }
        audit.record(LocalRecruitmentService.OPENED, null, null, service.describe(trackId));
        return redirect(trackId, LocalRecruitmentFlash.saved);
    }

    @POST
    @Path("fermer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("trackId") Long trackId, @RestForm String version) {
        var figures = service.figures(trackId);
        try {
            service.close(trackId, version);
        } catch (RuleViolation e) {
            return Response.status(409).entity(page(figures, LocalRecruitmentForm.of(figures.platform()),
                    new FormErrors().add(LocalRecruitmentField.version, e.error), null)).build();
        } catch (OptimisticLockException | StaleObjectStateException e) {
            var current = service.figures(trackId);
            return Response.status(409).entity(page(current, LocalRecruitmentForm.of(current.platform()),
                    new FormErrors().add(LocalRecruitmentField.version, ChannelError.STALE), null)).build();
        }
        audit.record(LocalRecruitmentService.CLOSED, null, null, service.describe(trackId));
        return redirect(trackId, LocalRecruitmentFlash.closed);
    }

    private TemplateInstance page(LocalRecruitmentService.Figures figures, LocalRecruitmentForm form, FormErrors errors,
            LocalRecruitmentFlash flash) {
        var p = figures.platform();
        var now = clock.now();
        boolean underWay = figures.opened() && !now.isBefore(p.localOpensAt) && now.isBefore(p.localClosesAt);
        boolean upcoming = figures.opened() && now.isBefore(p.localOpensAt);
        List<EntryRoute> routes = java.util.Arrays.stream(EntryRoute.values()).filter(p::onPlatform).toList();
        String localRoutes = p.localRoutes.stream().sorted().map(r -> r.text(ui.lang()))
                .collect(java.util.stream.Collectors.joining(", "));
        return Templates.page(figures, form, routes, localRoutes, underWay, upcoming, errors, flash);
    }

    private static Response redirect(Long trackId, LocalRecruitmentFlash flash) {
        return Response.seeOther(URI.create("/plateforme/" + trackId + "/recrutement-local?ok=" + flash)).build();
    }
}
