package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API of a track's ranking board, for the programme heads (bearer token or session). */
@Path("/api/tracks/{level}/ranking")
@RolesAllowed(Roles.HEAD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme heads")
@SecurityRequirement(name = "SecurityScheme")
public class RankingApi {

    @Inject
    RankingService ranking;

    @Inject
    CampaignService campaigns;

    /** One page of the board: the rows in rank order and the track's figures. */
    public record Page(String level, String campaign, int page, int pages, int total, int placesLeft, int ties,
            int disagreements, int missingReviews, List<Row> rows) {
    }

    /** A ranked dossier: its aggregate score out of 20, the spread between reviewers, and its flags. */
    public record Row(int rank, String reference, BigDecimal mean, BigDecimal spread, int submittedReviews,
            int pendingReviews, int admit, int waitlist, int reject, boolean disagreement, boolean tie,
            boolean placedByHead, List<BigDecimal> criterionMeans) {
    }

    @GET
    public Page board(@PathParam("level") String level, @QueryParam("page") Integer page) {
        Board board = ranking.board(campaigns.currentTrack(level), page == null ? 1 : page);
        List<Row> rows = board.rows().stream().map(r -> new Row(r.rank(), r.reference(), r.mean(), r.spread(), r.submitted(),
                r.pending(), r.admit(), r.waitlist(), r.reject(), r.disagreement(), r.tie(), r.decided(), r.criterionMeans()))
                .toList();
        return new Page(board.track().level.name(), board.track().campaign.code, board.page(), board.pages(), board.total(),
                board.placesLeft(), board.ties(), board.disagreements(), board.missing(), rows);
    }
}
