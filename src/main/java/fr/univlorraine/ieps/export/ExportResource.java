package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Map;

/**
 * The secretariat's exports (the accepted list, the waiting list and all applications, in CSV and XLSX): a page
 * with each track's lists and their sizes, and the files, streamed while the rows are read. Every download
 * is written to the audit log. The secretariat's alone: heads and admins read dossiers elsewhere.
 */
@Path("/secretariat/exports")
@RolesAllowed(Roles.SECRETARIAT)
public class ExportResource {

    @Inject
    CampaignService campaigns;

    @Inject
    ExportService exports;

    @Inject
    AuditLog audit;

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(List<Track> tracks, Map<Long, Map<ExportList, Long>> counts,
                ExportList[] lists, ExportFormat[] formats, String campaign);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance exports() {
        List<Track> tracks = campaigns.currentTracks();
        return Templates.exports(tracks, exports.counts(tracks), ExportList.values(), ExportFormat.values(),
                tracks.isEmpty() ? "" : tracks.get(0).campaign.code);
    }

    /** {@code /secretariat/exports/M1/admis/csv}: the file {@code ieps-2027-M1-admis.csv}. */
    @GET
    @Path("{level}/{list}/{format}")
    public Response download(@PathParam("level") String level, @PathParam("list") String listSlug,
            @PathParam("format") String formatName) {
        Track track = campaigns.currentTrack(level);
        ExportList list = ExportList.ofSlug(listSlug).orElseThrow(NotFoundException::new);
        ExportFormat format = ExportFormat.ofExtension(formatName).orElseThrow(NotFoundException::new);
        ExportLabels labels = new ExportLabels(ui.lang());
        String fileName = list.fileName(track, format);
        audit.record(AuditLog.EXPORT_LIST, null, null, fileName);
        Long trackId = track.id;
        StreamingOutput body = out -> exports.write(trackId, list, format, labels, out);
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
