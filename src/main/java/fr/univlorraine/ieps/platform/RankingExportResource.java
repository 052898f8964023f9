package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.export.ExportFormat;
import fr.univlorraine.ieps.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The ranking of a platform track as a file to type into the national platform: {@code classement.csv} or
 * {@code classement.xlsx}. The head's alone, like the board it is read from; every download is audited.
 */
@Path("/plateforme/{trackId}")
@RolesAllowed(Roles.HEAD)
public class RankingExportResource {

    @Inject
    PlatformService platform;

    @Inject
    RankingExport export;

    @Inject
    AuditLog audit;

    @GET
    @Path("classement.{format}")
    public Response download(@PathParam("trackId") Long trackId, @PathParam("format") String formatName) {
        ExportFormat format = ExportFormat.ofExtension(formatName).orElseThrow(NotFoundException::new);
        Track track = platform.platformTrack(trackId);
        String fileName = "ieps-" + track.campaign.code + "-" + track.level + "-classement-monmaster." + format.extension;
        audit.record(AUDIT_ACTION, null, null, fileName);
        StreamingOutput body = out -> export.write(track, format, out);
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The audit's name for a download of the ranking for the platform; the detail names the file. */
    static final String AUDIT_ACTION = "EXPORT_PLATFORM_RANKING";
}
