package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.Audited;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.Flashes;
import java.util.Set;
import java.util.EnumSet;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
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
import java.util.List;

/**
 * The admin's page of the current campaign's tracks: capacity, calendar, offers and waiting list, and the routes whose
 * candidates apply on the national platform.
 */
@Audited(value = AuditAction.SETTINGS_CHANGED, what = "track settings")
@Path("/admin/formations")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class TrackAdminResource {

    private static final Set<TrackFlash> FLASHES = EnumSet.allOf(TrackFlash.class);

    @Inject
    CampaignService campaigns;

    @Inject
    TrackSettingsService settings;

    @Inject
    TakenPlaces places;

    @Inject
    TrackChannels channels;

    /** A track with the places taken, for the overview. */
    public record Line(Track track, long taken) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tracks(List<Line> lines, TrackFlash flash);

        static native TemplateInstance track(Track track, long taken, TrackForm form, TrackChannelForm channel,
                List<Localizable> routes, FormErrors errors);
    }

    @GET
    public TemplateInstance tracks(@QueryParam("ok") String ok) {
        List<Line> lines = campaigns.currentTracks().stream().map(t -> new Line(t, places.taken(t.id))).toList();
        return Templates.tracks(lines, Flashes.of(FLASHES, ok));
    }

    @GET
    @Path("{level}")
    public TemplateInstance track(@PathParam("level") String level) {
        Track track = campaigns.currentTrack(level);
        return page(track, TrackForm.of(track), TrackChannelForm.of(channels.settings(track.id)), new FormErrors());
    }

    @POST
    @Path("{level}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("level") String level, @BeanParam TrackForm form, @BeanParam TrackChannelForm channel) {
        Track track = campaigns.currentTrack(level);
        try {
            FormErrors errors = settings.save(track.id, form, channel);
            if (errors.any()) {
                return Response.status(400).entity(page(track, form, channel, errors)).build();
            }
        } catch (OptimisticLockException e) {
            Track current = campaigns.currentTrack(level);
            return Response.status(409).entity(page(current, form, channel,
                    new FormErrors().add(TrackField.version, TrackError.STALE))).build();
        }
        return Response.seeOther(URI.create("/admin/formations?ok=" + TrackFlash.track_saved)).build();
    }

    private TemplateInstance page(Track track, TrackForm form, TrackChannelForm channel, FormErrors errors) {
        return Templates.track(track, places.taken(track.id), form, channel, channels.routes(), errors);
    }
}
