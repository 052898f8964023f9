package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Params;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The secretariat's exports (the accepted list, the offers awaiting an answer, the waiting list and all applications,
 * in CSV and XLSX): a page with each track's lists and their sizes, a column picker per list with the secretariat's
 * saved presets, and the files, streamed while the rows are read. Every download is written to the audit log. The
 * secretariat's alone: heads and admins read dossiers elsewhere.
 */
@Path("/secretariat/exports")
@RolesAllowed(Roles.SECRETARIAT)
public class ExportResource {

    private static final Set<ExportFlash> FLASHES = EnumSet.allOf(ExportFlash.class);

    @Inject
    CampaignService campaigns;

    @Inject
    ExportService exports;

    @Inject
    ExportPresets presets;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    /**
     * The picker of one list as the page shows it: the columns ticked, the presets, the level and preset name typed,
     * and the preset just applied, if any.
     */
    public record Picker(ExportList list, Set<ExportColumn> ticked, List<ExportPreset> presets, String level,
            String presetName, ExportPreset applied) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(List<Track> tracks, Map<Long, Map<ExportList, Long>> counts,
                ExportList[] lists, ExportFormat[] formats, String campaign, List<Picker> pickers, FormErrors errors,
                ExportFlash flash);
    }

    /** The page; {@code modele} ticks a preset's columns on its list's picker. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response exports(@QueryParam("ok") String ok, @QueryParam("modele") String preset) {
        ExportPreset applied = presets.find(Params.number(preset));
        if (preset != null && applied == null) {
            return page(400, null, null, new FormErrors().add("presets", ExportField.columns, ExportError.UNKNOWN_PRESET),
                    null);
        }
        return page(200, null, applied, new FormErrors(), Flashes.of(FLASHES, ok));
    }

    /**
     * {@code /secretariat/exports/M1/admis/csv}: the file {@code ieps-2027-M1-admis.csv}, with the list's default
     * columns (all but the identity numbers) or those named by {@code colonne} (in the list's order); a name the list
     * does not offer is refused.
     */
    @GET
    @Path("{level}/{list}/{format}")
    public Response download(@PathParam("level") String level, @PathParam("list") String listSlug,
            @PathParam("format") String formatName, @QueryParam("colonne") List<String> columns) {
        Track track = campaigns.currentTrack(level);
        ExportList list = ExportList.ofSlug(listSlug).orElseThrow(NotFoundException::new);
        ExportFormat format = ExportFormat.ofExtension(formatName).orElseThrow(NotFoundException::new);
        ColumnChoice choice = columns == null || columns.isEmpty() ? ColumnChoice.defaults(list) : ColumnChoice.of(list, columns);
        if (!choice.ok()) {
            PickerForm typed = new PickerForm(list.slug, columns, level, formatName, null);
            return page(400, typed, null, PickerForm.columnErrors(list, choice), null);
        }
        return file(track, list, choice.columns(), format);
    }

    /** The picker's download: the file of the level and format chosen with the columns ticked, or the page saying why not. */
    @POST
    @Path("fichier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pick(@BeanParam PickerForm form) {
        ExportList list = ExportList.ofSlug(form.list()).orElseThrow(NotFoundException::new);
        ColumnChoice choice = form.choice(list);
        FormErrors errors = PickerForm.columnErrors(list, choice);
        Track track = campaigns.currentTracks().stream().filter(t -> t.level.name().equals(form.level())).findFirst()
                .orElse(null);
        if (track == null) {
            errors.add(ExportField.level.id(list), ExportField.level, ExportError.UNKNOWN_LEVEL);
        }
        ExportFormat format = ExportFormat.ofExtension(form.format()).orElse(null);
        if (format == null) {
            errors.add(ExportField.columns.id(list), ExportField.columns, ExportError.UNKNOWN_FORMAT);
        }
        if (errors.any()) {
            return page(400, form, null, errors, null);
        }
        return file(track, list, choice.columns(), format);
    }

    /** Saves the columns ticked as a preset of the list, shared by the secretariat. */
    @POST
    @Path("modeles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response savePreset(@BeanParam PickerForm form) {
        ExportList list = ExportList.ofSlug(form.list()).orElseThrow(NotFoundException::new);
        FormErrors errors = form.presetErrors(list);
        if (errors.any()) {
            return page(400, form, null, errors, null);
        }
        Long id = presets.save(list, form.presetName(), form.choice(list).columns(), user.as(Actor.SECRETARIAT));
        return Response.seeOther(URI.create("/secretariat/exports?ok=" + ExportFlash.preset_saved + "&modele=" + id
                + "#colonnes-" + list.slug)).build();
    }

    @POST
    @Path("modeles/{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response deletePreset(@PathParam("id") String id) {
        if (!presets.delete(Params.number(id))) {
            return page(409, null, null, new FormErrors().add("presets", ExportField.columns, ExportError.UNKNOWN_PRESET),
                    null);
        }
        return Response.seeOther(URI.create("/secretariat/exports?ok=" + ExportFlash.preset_deleted)).build();
    }

    private Response file(Track track, ExportList list, List<ExportColumn> columns, ExportFormat format) {
        ExportLabels labels = new ExportLabels(ui.lang());
        String fileName = list.fileName(track, format);
        audit.record(AuditLog.EXPORT_LIST, null, null, fileName);
        Long trackId = track.id;
        StreamingOutput body = out -> exports.write(trackId, list, columns, format, labels, out);
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The page, its pickers as typed ({@code typed} for one list) or with a preset applied, or the default columns. */
    private Response page(int status, PickerForm typed, ExportPreset applied, FormErrors errors, ExportFlash flash) {
        List<Track> tracks = campaigns.currentTracks();
        Map<ExportList, List<ExportPreset>> saved = presets.byList();
        List<Picker> pickers = new ArrayList<>();
        for (ExportList list : ExportList.values()) {
            Set<ExportColumn> ticked = EnumSet.noneOf(ExportColumn.class);
            String level = tracks.isEmpty() ? null : tracks.get(0).level.name();
            String name = null;
            ExportPreset shown = null;
            if (typed != null && list.slug.equals(typed.list())) {
                typed.columns().forEach(c -> ExportColumn.named(c).filter(list.columns::contains).ifPresent(ticked::add));
                level = typed.level();
                name = typed.presetName();
            } else if (applied != null && applied.list == list) {
                ticked.addAll(applied.columns());
                shown = applied;
            } else {
                ticked.addAll(list.defaultColumns());
            }
            pickers.add(new Picker(list, ticked, saved.get(list), level, name, shown));
        }
        TemplateInstance page = Templates.exports(tracks, exports.counts(tracks), ExportList.values(), ExportFormat.values(),
                tracks.isEmpty() ? "" : tracks.get(0).campaign.code, pickers, errors, flash);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
