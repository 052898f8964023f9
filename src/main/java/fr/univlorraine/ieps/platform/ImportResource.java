package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Params;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The import of the platform's files for a track of the platform, by a head or the secretariat: the upload of the
 * file (the candidates' list or the status file, CSV or XLSX), the mapping of its columns to the app's fields
 * (offered from the mapping saved for that kind, saved again for next time), the preview of what would be written
 * with every problem, and the confirmation, which writes it all or nothing. The file waits between the steps on the
 * server, under an unguessable id, for its uploader only. Tracks without platform routes have no import (404).
 */
@Path("/plateforme/{trackId}/import")
@RolesAllowed({Roles.HEAD, Roles.SECRETARIAT})
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    /** The button of the mapping screen that shows the words of the outcome column chosen, without saving. */
    static final String SHOW_WORDS = "mots";
    /** The choice of an outcome word that leaves the dossier's outcome as it is. */
    static final String LEAVE = "INCHANGE";

    @Inject
    ImportService imports;

    @Inject
    SheetReader reader;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    /** The result of a confirmed import, shown on the upload page. */
    public record Result(ImportKind kind, long created, long updated, long leftAsIs) {
    }

    /** A column of the file on the mapping screen: its position, its header, and a value of its first rows. */
    public record Column(int index, String header, String example) {
    }

    /** A word of the platform's outcome column, and the outcome chosen for it (null: none yet, LEAVE: as it is). */
    public record Word(int index, String word, String choice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(ImportService.Target target, ImportKind[] kinds, String kind, long maxMb,
                FormErrors errors, Result result);

        static native TemplateInstance mapping(ImportService.Target target, ImportService.Kept upload, List<Column> columns,
                Map<MappingField, Integer> chosen, List<Word> words, Integer wordsOf, PlatformOutcome[] outcomes,
                FormErrors errors);

        static native TemplateInstance preview(ImportService.Target target, ImportService.Kept upload, ImportPreview preview,
                boolean recheck);
    }

    @GET
    public Response upload(@PathParam("trackId") String trackId, @QueryParam("fait") String done,
            @QueryParam("crees") String created, @QueryParam("maj") String updated, @QueryParam("inchanges") String leftAsIs) {
        ImportService.Target target = target(trackId);
        Result result = ImportKind.ofSlug(String.valueOf(done)).map(kind -> new Result(kind, Params.number(created, 0),
                Params.number(updated, 0), Params.number(leftAsIs, 0))).orElse(null);
        return page(200, Templates.upload(target, ImportKind.values(), ImportKind.CANDIDATES.slug, maxMb(), new FormErrors(),
                result));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response receive(@PathParam("trackId") String trackId, @RestForm("type") String kindSlug,
            @RestForm("fichier") FileUpload file) {
        ImportService.Target target = target(trackId);
        Optional<ImportKind> kind = ImportKind.ofSlug(String.valueOf(kindSlug));
        FormErrors errors = new FormErrors();
        if (kind.isEmpty()) {
            errors.add(ImportField.kind, ImportError.KIND_UNKNOWN);
        }
        // a browser sends an empty part, with no file name, when no file was chosen
        boolean chosen = file != null && file.uploadedFile() != null
                && (file.fileName() != null && !file.fileName().isEmpty() || file.size() > 0);
        Sheet sheet = null;
        if (!chosen) {
            errors.add(ImportField.file, ImportError.FILE_MISSING);
        } else if (file.size() > reader.maxBytes()) {
            errors.add(ImportField.file, ImportError.FILE_TOO_LARGE);
        } else {
            try {
                sheet = reader.read(file.uploadedFile());
            } catch (SheetRefusal refusal) {
                errors.add(ImportField.file, refusal.error);
            }
        }
        if (errors.any()) {
            return page(400, Templates.upload(target, ImportKind.values(), kindSlug, maxMb(), errors, null));
        }
        String id = imports.keep(target.trackId(), kind.get(), file.fileName(), sheet, user.subject());
        return Response.seeOther(URI.create(base(target) + "/" + id)).build();
    }

    @GET
    @Path("{uploadId}")
    public Response mapping(@PathParam("trackId") String trackId, @PathParam("uploadId") String uploadId) {
        ImportService.Target target = target(trackId);
        Optional<ImportService.Kept> kept = imports.kept(uploadId, user.subject(), target.trackId());
        if (kept.isEmpty()) {
            return gone(target);
        }
        ImportService.Kept upload = kept.get();
        Map<MappingField, Integer> chosen = new EnumMap<>(MappingField.class);
        upload.offered().columns().forEach((field, header) -> chosen.put(field, upload.sheet().headers().indexOf(header)));
        Integer wordsOf = chosen.get(MappingField.OUTCOME);
        List<Word> words = words(upload, wordsOf, upload.offered(), null);
        return mappingPage(200, target, upload, chosen, words, wordsOf, new FormErrors());
    }

    /**
     * The mapping chosen: saved with the upload and for the next file of its kind, then the preview; or, asked to show
     * the words of the outcome column chosen (or that column changed), the screen again with those words.
     */
    @POST
    @Path("{uploadId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response map(@PathParam("trackId") String trackId, @PathParam("uploadId") String uploadId,
            MultivaluedMap<String, String> form) {
        ImportService.Target target = target(trackId);
        Optional<ImportService.Kept> kept = imports.kept(uploadId, user.subject(), target.trackId());
        if (kept.isEmpty()) {
            return gone(target);
        }
        ImportService.Kept upload = kept.get();
        List<String> headers = upload.sheet().headers();
        FormErrors errors = new FormErrors();
        Map<MappingField, Integer> chosen = new EnumMap<>(MappingField.class);
        Map<MappingField, String> columns = new EnumMap<>(MappingField.class);
        for (MappingField field : upload.kind().fields()) {
            Long index = Params.number(form.getFirst(field.id()));
            if (index == null || index < 0 || index >= headers.size()) {
                if (field.mandatory) {
                    errors.add(field.id(), field, ImportError.COLUMN_MISSING);
                }
                continue;
            }
            if (chosen.containsValue(index.intValue())) {
                errors.add(field.id(), field, ImportError.COLUMN_TWICE);
            }
            chosen.put(field, index.intValue());
            columns.put(field, headers.get(index.intValue()));
        }
        // the words as the screen showed them, with the outcome chosen for each
        List<String> shownWords = Optional.ofNullable(form.get("mot")).orElse(List.of());
        List<String> choices = Optional.ofNullable(form.get("issue")).orElse(List.of());
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < shownWords.size(); i++) {
            typed.put(shownWords.get(i), i < choices.size() ? choices.get(i) : "");
        }
        Integer wordsOf = chosen.get(MappingField.OUTCOME);
        Long shownFor = Params.number(form.getFirst("mots-de"));
        boolean otherColumn = upload.kind() == ImportKind.OUTCOMES && wordsOf != null
                && (shownFor == null || shownFor.intValue() != wordsOf);
        List<Word> words = words(upload, wordsOf, otherColumn ? upload.offered() : null, otherColumn ? null : typed);
        if (SHOW_WORDS.equals(form.getFirst("etape")) || otherColumn) {
            // nothing is saved: the screen comes back with the words of the column now chosen
            return mappingPage(errors.any() ? 400 : 200, target, upload, chosen, words, wordsOf, errors);
        }
        Map<String, PlatformOutcome> meanings = new LinkedHashMap<>();
        for (Word word : words) {
            if (word.choice() == null || word.choice().isEmpty()) {
                errors.put("mot-" + word.index(), MappingField.OUTCOME, word.index() + 1, ImportError.WORD_UNKNOWN);
            } else {
                meanings.put(word.word(), LEAVE.equals(word.choice()) ? null : Params.constant(PlatformOutcome.class, word.choice()));
            }
        }
        Mapping mapping = new Mapping(columns, meanings);
        if (!mapping.fits()) {
            errors.add(MappingField.OUTCOME.id(), MappingField.OUTCOME, ImportError.TOO_LONG);
        }
        if (errors.any()) {
            return mappingPage(400, target, upload, chosen, words, wordsOf, errors);
        }
        imports.choose(upload.id(), user.subject(), target.trackId(), mapping, actor());
        return Response.seeOther(URI.create(base(target) + "/" + upload.id() + "/apercu")).build();
    }

    @GET
    @Path("{uploadId}/apercu")
    public Response preview(@PathParam("trackId") String trackId, @PathParam("uploadId") String uploadId) {
        ImportService.Target target = target(trackId);
        Optional<ImportService.Kept> kept = imports.kept(uploadId, user.subject(), target.trackId());
        if (kept.isEmpty()) {
            return gone(target);
        }
        if (kept.get().chosen() == null) {
            return Response.seeOther(URI.create(base(target) + "/" + uploadId)).build();
        }
        return page(200, Templates.preview(target, kept.get(), imports.preview(kept.get(), target.trackId()), false));
    }

    /** Writes the import, all or nothing, after checking it again; with a problem, the preview says what it is. */
    @POST
    @Path("{uploadId}/confirmer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("trackId") String trackId, @PathParam("uploadId") String uploadId) {
        ImportService.Target target = target(trackId);
        Optional<ImportService.Kept> kept = imports.kept(uploadId, user.subject(), target.trackId());
        if (kept.isEmpty() || kept.get().chosen() == null) {
            return gone(target);
        }
        String reason = Localizable.bundle(ImportMessages.class, "fr").history_imported();
        ImportPreview done;
        try {
            done = imports.confirm(uploadId, user.subject(), target.trackId(), actor(), reason);
        } catch (jakarta.persistence.PersistenceException concurrent) {
            // another import of the track, or a change of one of its dossiers, at the same moment: nothing was written
            FormErrors errors = new FormErrors().add(ImportField.file, ImportError.CONCURRENT_CHANGE);
            return page(409, Templates.upload(target, ImportKind.values(), kept.get().kind().slug, maxMb(), errors, null));
        }
        if (!done.ok()) {
            return page(409, Templates.preview(target, kept.get(), done, true));
        }
        audit.record(AuditLog.PLATFORM_IMPORT, null, null, "%s %s %s: %d rows, %d created, %d updated, %d left as they were"
                .formatted(target.campaign(), target.level(), done.kind(), done.rows().size(), done.created(), done.updated(),
                        done.leftAsIs()));
        return Response.seeOther(URI.create(base(target) + "?fait=" + done.kind().slug + "&crees=" + done.created()
                + "&maj=" + done.updated() + "&inchanges=" + done.leftAsIs())).build();
    }

    /** An upload that is no longer kept (confirmed, forgotten after a day, or not this person's): the upload page says so. */
    private Response gone(ImportService.Target target) {
        FormErrors errors = new FormErrors().add(ImportField.file, ImportError.UPLOAD_GONE);
        return page(404, Templates.upload(target, ImportKind.values(), ImportKind.CANDIDATES.slug, maxMb(), errors, null));
    }

    /** The distinct words of the outcome column, each with its outcome as typed, or as the mapping knows it. */
    private static List<Word> words(ImportService.Kept upload, Integer column, Mapping known, Map<String, String> typed) {
        List<Word> words = new ArrayList<>();
        if (upload.kind() != ImportKind.OUTCOMES || column == null) {
            return words;
        }
        List<String> seen = new ArrayList<>();
        for (int row = 0; row < upload.sheet().rows().size(); row++) {
            String word = upload.sheet().cell(row, column).strip();
            if (seen.stream().noneMatch(w -> Mapping.same(w, word))) {
                seen.add(word);
            }
        }
        for (String word : seen) {
            String choice = null;
            if (typed != null) {
                choice = typed.entrySet().stream().filter(e -> Mapping.same(e.getKey(), word)).map(Map.Entry::getValue)
                        .findFirst().orElse(null);
            } else if (known.knows(word)) {
                choice = known.outcome(word).map(Enum::name).orElse(LEAVE);
            }
            words.add(new Word(words.size(), word, choice));
        }
        return words;
    }

    private Response mappingPage(int status, ImportService.Target target, ImportService.Kept upload,
            Map<MappingField, Integer> chosen, List<Word> words, Integer wordsOf, FormErrors errors) {
        List<Column> columns = new ArrayList<>();
        List<String> headers = upload.sheet().headers();
        for (int c = 0; c < headers.size(); c++) {
            String example = "";
            for (int row = 0; row < upload.sheet().rows().size() && example.isEmpty(); row++) {
                example = upload.sheet().cell(row, c);
            }
            columns.add(new Column(c, headers.get(c), example.length() > 30 ? example.substring(0, 30) + "…" : example));
        }
        return page(status, Templates.mapping(target, upload, columns, chosen, words, wordsOf, PlatformOutcome.values(), errors));
    }

    private ImportService.Target target(String trackId) {
        Long id = Params.number(trackId);
        if (id == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return imports.target(id);
    }

    private ActorRef actor() {
        return user.as(user.isHead() ? Actor.HEAD : Actor.SECRETARIAT);
    }

    private long maxMb() {
        return reader.maxBytes() / (1024 * 1024);
    }

    private static String base(ImportService.Target target) {
        return "/plateforme/" + target.trackId() + "/import";
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
