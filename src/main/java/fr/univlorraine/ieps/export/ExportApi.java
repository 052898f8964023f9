package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API of the secretariat's lists of a track of the current campaign (bearer token or session). */
@Path("/api/tracks/{level}/exports")
@RolesAllowed(Roles.SECRETARIAT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Secretariat")
@SecurityRequirement(name = "SecurityScheme")
public class ExportApi {

    @Inject
    CampaignService campaigns;

    @Inject
    ExportService exports;

    @Inject
    AuditLog audit;

    @GET
    @Path("accepted")
    @Operation(summary = "Accepted list", description = "The candidates of the track who accepted their place (status "
            + "ACCEPTED) or are enrolled (ENROLLED), by name, with the time they accepted and their enrolment sheet "
            + "(its fields null while the candidate has not completed it). The identity numbers (ine, birthDate, "
            + "birthPlace) are null unless asked for with identity=true.")
    public List<ExportRows.Accepted> accepted(@Parameter(description = "M1 or M2") @PathParam("level") String level,
            @Parameter(description = "true to include the INE, the birth date and the birth place")
            @QueryParam("identity") boolean identity) {
        Long trackId = audited(level, ExportList.ACCEPTED).id;
        List<ExportRows.Accepted> rows = exports.list(r -> r.accepted(trackId));
        return identity ? rows : rows.stream().map(ExportRows.Accepted::withoutIdentityNumbers).toList();
    }

    @GET
    @Path("pending")
    @Operation(summary = "Offers awaiting an answer", description = "The admitted candidates of the track who have not "
            + "answered their offer yet, nearest deadline first, with the time the offer was made and its deadline.")
    public List<ExportRows.Pending> pending(@Parameter(description = "M1 or M2") @PathParam("level") String level) {
        Long trackId = audited(level, ExportList.PENDING).id;
        return exports.list(rows -> rows.pending(trackId));
    }

    @GET
    @Path("waitlist")
    @Operation(summary = "Waiting list", description = "The waitlisted candidates of the track in their current order: "
            + "rank is the current one, publishedRank the position the published decisions gave.")
    public List<ExportRows.Waitlisted> waitlist(@Parameter(description = "M1 or M2") @PathParam("level") String level) {
        Long trackId = audited(level, ExportList.WAITLIST).id;
        return exports.list(rows -> rows.waitlist(trackId));
    }

    @GET
    @Path("applications")
    @Operation(summary = "All applications", description = "Every application of the track, drafts included, with its "
            + "status; submitted ones by reference, then drafts (reference null).")
    public List<ExportRows.Any> applications(@Parameter(description = "M1 or M2") @PathParam("level") String level) {
        Long trackId = audited(level, ExportList.APPLICATIONS).id;
        return exports.list(rows -> rows.applications(trackId));
    }

    private Track audited(String level, ExportList list) {
        Track track = campaigns.currentTrack(level);
        audit.record(AuditLog.EXPORT_LIST, null, null, "api " + track.level + " " + list.slug);
        return track;
    }
}
