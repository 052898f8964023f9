package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.Params;
import java.util.EnumSet;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.List;
import java.util.Set;

/**
 * The ranking board of one track for the programme heads, and the log of its manual moves, which the
 * whole committee (heads and teaching team) may read.
 */
@Path("/classement/{level}")
@Produces(MediaType.TEXT_HTML)
public class RankingResource {

    private static final Set<RankingFlash> FLASHES = EnumSet.allOf(RankingFlash.class);

    @Inject
    AuditLog audit;

    @Inject
    RankingService ranking;

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        /** After a refused move, the row's form shows again what the head typed: the rank asked for and the reason. */
        static native TemplateInstance board(Board board, List<RankingService.DecidedRow> decided, String lang,
                Localizable error, long errorRow, String to, String reason, RankingFlash flash);

        static native TemplateInstance log(Track track, List<RankChange.Logged> lines, boolean head);
    }

    @GET
    @RolesAllowed(Roles.HEAD)
    public TemplateInstance board(@PathParam("level") String level, @QueryParam("page") Integer page,
            @QueryParam("ok") String ok) {
        Track track = campaigns.currentTrack(level);
        return Templates.board(ranking.board(track, page == null ? 1 : page), ranking.decided(track), ui.lang(), null, 0,
                "", "", Flashes.of(FLASHES, ok));
    }

    /**
     * A head moves a dossier to a rank, with a reason; the rank they saw guards against a concurrent move. From the
     * committee page ({@code retour=seance}) the head goes back to that dossier's committee page; a refused move shows
     * the board with the error and what was typed, as from the board.
     */
    @POST
    @Path("deplacer")
    @RolesAllowed(Roles.HEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("level") String level, MultivaluedMap<String, String> post) {
        Track track = campaigns.currentTrack(level);
        Long applicationId = Params.number(post.getFirst("applicationId"));
        Long from = Params.number(post.getFirst("from"));
        String typedTo = post.getFirst("to");
        Long to = Params.number(typedTo);
        String reason = post.getFirst("reason");
        int page = from == null ? 1 : (int) ((from - 1) / RankingService.PAGE_SIZE) + 1;
        try {
            if (applicationId == null || from == null) {
                throw new NotFoundException();
            }
            if (to == null) {
                throw new RuleViolation(RankingError.RANK_OUT_OF_RANGE);
            }
            ranking.move(track, applicationId, from.intValue(), to.intValue(), reason,
                    user.as(Actor.HEAD));
            audit.record(AuditLog.RANK_MOVED, applicationId, null, track.level + " " + from + " -> " + to);
        } catch (RuleViolation e) {
            return Response.status(409).entity(Templates.board(ranking.board(track, page), ranking.decided(track), ui.lang(), e.error,
                    applicationId == null ? 0 : applicationId, typedTo == null ? "" : typedTo, reason == null ? "" : reason,
                    null)).build();
        }
        if (BoardPlace.BACK_TO_COMMITTEE.equals(post.getFirst("retour"))) {
            // back to the committee page of the moved dossier: a path built here from the id, never a typed address
            return Response.seeOther(URI.create("/dossiers/" + applicationId + "/seance?ok=" + RankingFlash.rank_moved))
                    .build();
        }
        int newPage = (int) ((to - 1) / RankingService.PAGE_SIZE) + 1;
        return Response.seeOther(URI.create("/classement/" + track.level + "?page=" + newPage + "&ok=" + RankingFlash.rank_moved + "#dossier-"
                + applicationId)).build();
    }

    @GET
    @Path("journal")
    @RolesAllowed({Roles.HEAD, Roles.REVIEWER})
    @Transactional
    public TemplateInstance log(@PathParam("level") String level) {
        Track track = campaigns.currentTrack(level);
        return Templates.log(track, RankChange.log(track.id), user.isHead());
    }
}
