package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Degree;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.application.PlatformTrack;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The imports of the platform's files: keeps an uploaded file between the steps, offers and saves the mappings, says
 * what confirming would write, and writes it all or nothing. Re-importing a candidate updates the dossier of the same
 * platform number in the track (a unique key guards it), never adds a second one.
 */
@ApplicationScoped
public class ImportService {

    /** How long an uploaded file waits for its import to be confirmed. */
    static final Duration KEPT = Duration.ofDays(1);

    @Inject
    AppClock clock;

    @Inject
    ImportCheck check;

    @Inject
    ApplicationService applications;

    /** The track an import is for, as the pages name it. */
    public record Target(Long trackId, Level level, String campaign, Set<EntryRoute> routes) {
    }

    /** The track of a platform: one with routes whose candidates apply on the platform; none otherwise. */
    @Transactional
    public Target target(Long trackId) {
        PlatformTrack platform = trackId == null ? null : PlatformTrack.findById(trackId);
        Track track = trackId == null ? null : Track.findById(trackId);
        if (platform == null || track == null || platform.routes.isEmpty()) {
            throw new NotFoundException();
        }
        return new Target(track.id, track.level, track.campaign.code, Set.copyOf(platform.routes));
    }

    /** Keeps the file's cells for its uploader and gives the upload's id; forgets uploads older than a day. */
    @Transactional
    public String keep(Long trackId, ImportKind kind, String fileName, Sheet sheet, String subject) {
        Instant now = clock.now();
        ImportUpload.forgetBefore(now.minus(KEPT));
        ImportUpload upload = new ImportUpload();
        upload.id = UUID.randomUUID().toString();
        upload.ownerSubject = subject;
        upload.trackId = trackId;
        upload.kind = kind;
        upload.fileName = fileName == null || fileName.isBlank() ? "-" : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        upload.rowCount = sheet.rows().size();
        upload.content = sheet.bytes();
        upload.createdAt = now;
        upload.persist();
        return upload.id;
    }

    /** An upload as the pages use it: the file's cells, and the mapping chosen for it or offered. */
    public record Kept(String id, ImportKind kind, String fileName, Sheet sheet, Mapping chosen, Mapping offered) {
    }

    /** The upload of this id, if it is this person's, for this track, and was not forgotten. */
    @Transactional
    public Optional<Kept> kept(String id, String subject, Long trackId) {
        return ImportUpload.of(id, subject, trackId).filter(u -> u.createdAt.isAfter(clock.now().minus(KEPT))).map(u -> {
            Sheet sheet = u.sheet();
            Mapping chosen = u.mapping().orElse(null);
            return new Kept(u.id, u.kind, u.fileName, sheet, chosen, chosen != null ? chosen : offered(u.kind, sheet));
        });
    }

    /**
     * The mapping offered for a new file: the one saved for its kind, for the columns this file has; for a field the
     * saved mapping does not place here, the first column the platform is known to name so.
     */
    Mapping offered(ImportKind kind, Sheet sheet) {
        Mapping saved = Optional.ofNullable(ImportMapping.<ImportMapping>findById(kind)).map(ImportMapping::mapping)
                .orElse(Mapping.NONE);
        Map<MappingField, String> columns = new EnumMap<>(MappingField.class);
        for (MappingField field : kind.fields()) {
            String header = saved.column(field);
            if (header != null && sheet.headers().contains(header)) {
                columns.put(field, header);
            } else if (header == null && !saved.columns().isEmpty()) {
                continue; // saved without this field: the staff chose to leave it out
            } else {
                sheet.headers().stream().filter(field::knownHeader).filter(h -> !columns.containsValue(h)).findFirst()
                        .ifPresent(h -> columns.put(field, h));
            }
        }
        return new Mapping(columns, saved.words());
    }

    /** Keeps the mapping chosen for the upload, and saves it for the next file of its kind. */
    @Transactional
    public void choose(String id, String subject, Long trackId, Mapping mapping, ActorRef by) {
        ImportUpload upload = ImportUpload.of(id, subject, trackId).orElseThrow(NotFoundException::new);
        upload.columns = mapping.columnsText();
        upload.words = mapping.wordsText();
        ImportMapping saved = Optional.ofNullable(ImportMapping.<ImportMapping>findById(upload.kind)).orElseGet(() -> {
            ImportMapping created = new ImportMapping();
            created.kind = upload.kind;
            return created;
        });
        saved.columns = upload.columns;
        // the words of earlier files stay known, those of this file take their new meaning
        Map<String, PlatformOutcome> words = new java.util.LinkedHashMap<>();
        if (saved.words != null) {
            Mapping.of("", saved.words).words().forEach((w, o) -> {
                if (!mapping.knows(w)) {
                    words.put(w, o);
                }
            });
        }
        words.putAll(mapping.words());
        String wordsText = new Mapping(Map.of(), words).wordsText();
        saved.words = wordsText.length() <= 4000 ? wordsText : mapping.wordsText();
        saved.savedByName = by.name() == null ? "-" : by.name();
        saved.savedAt = clock.now();
        saved.persist();
    }

    /** What confirming the upload would write, with every problem; nothing is written. */
    @Transactional
    public ImportPreview preview(Kept kept, Long trackId) {
        return check.check(PlatformTrack.findById(trackId), kept.kind(), kept.sheet(), kept.chosen());
    }

    /**
     * Checks the upload again and, with no problem, writes every row in this one transaction and forgets the upload;
     * with any problem writes nothing. Returns what was checked (and written when it is {@link ImportPreview#ok}).
     */
    @Transactional
    public ImportPreview confirm(String id, String subject, Long trackId, ActorRef by, String importedReason) {
        ImportUpload upload = ImportUpload.of(id, subject, trackId).orElseThrow(NotFoundException::new);
        Mapping mapping = upload.mapping().orElseThrow(NotFoundException::new);
        PlatformTrack platform = PlatformTrack.findById(trackId);
        ImportPreview preview = check.check(platform, upload.kind, upload.sheet(), mapping);
        if (!preview.ok()) {
            return preview;
        }
        Track track = Track.findById(trackId);
        Instant now = clock.now();
        for (ImportRow row : preview.rows()) {
            if (upload.kind == ImportKind.OUTCOMES) {
                Application app = Application.findById(row.dossierId());
                if (row.outcome() != null && row.outcome() != app.platformOutcome) {
                    app.platformOutcome = row.outcome();
                    app.platformOutcomeAt = now;
                    app.updatedAt = now;
                }
            } else if (row.updates()) {
                Application app = Application.findById(row.dossierId());
                if (fill(app, row)) {
                    app.updatedAt = now;
                }
            } else {
                create(track, row, now, by, importedReason);
            }
        }
        // the unique key of the platform number settles an import confirmed at the same moment: here, not at commit
        Application.flush();
        upload.delete();
        return preview;
    }

    private void create(Track track, ImportRow row, Instant now, ActorRef by, String importedReason) {
        Application app = new Application();
        app.track = track;
        app.origin = ApplicationOrigin.PLATFORM;
        app.platformNumber = row.number();
        app.lang = "fr";
        app.status = ApplicationStatus.SUBMITTED;
        app.liveTrackId = track.id;
        app.createdAt = now;
        app.updatedAt = now;
        app.submittedAt = now;
        fill(app, row);
        app.reference = applications.nextReference(track);
        app.persist();
        ApplicationEvent event = new ApplicationEvent();
        event.application = app;
        event.occurredAt = now;
        event.actorSubject = by.subject();
        event.actorName = by.name();
        event.actorRole = by.role();
        event.transition = Transition.SUBMIT;
        event.toStatus = ApplicationStatus.SUBMITTED;
        event.reason = importedReason;
        event.persist();
    }

    /** Writes the row's values on the dossier; whether any changed. */
    private static boolean fill(Application app, ImportRow row) {
        Object before = List.of(String.valueOf(app.lastName), String.valueOf(app.firstName), String.valueOf(app.email),
                String.valueOf(app.birthDate), String.valueOf(app.entryRoute), String.valueOf(app.civility),
                String.valueOf(app.phone), String.valueOf(app.nationality), String.valueOf(diploma(app)));
        app.lastName = row.lastName();
        app.firstName = row.firstNames();
        app.email = row.email();
        app.birthDate = row.birthDate();
        app.entryRoute = row.route();
        app.vap = false;
        app.civility = row.civility();
        app.phone = row.phone();
        app.nationality = row.nationality();
        if (app.degrees.isEmpty()) {
            Degree degree = new Degree();
            degree.title = row.lastDiploma();
            app.degrees.add(degree);
        } else if (!Objects.equals(app.degrees.get(0).title, row.lastDiploma())) {
            app.degrees.get(0).title = row.lastDiploma();
        }
        Object after = List.of(String.valueOf(app.lastName), String.valueOf(app.firstName), String.valueOf(app.email),
                String.valueOf(app.birthDate), String.valueOf(app.entryRoute), String.valueOf(app.civility),
                String.valueOf(app.phone), String.valueOf(app.nationality), String.valueOf(diploma(app)));
        return !before.equals(after);
    }

    private static String diploma(Application app) {
        return app.degrees.isEmpty() ? null : app.degrees.get(0).title;
    }
}
