package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.PlatformTrack;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.documents.ContentInspector;
import fr.univlorraine.ieps.documents.DocumentError;
import fr.univlorraine.ieps.documents.DocumentType;
import fr.univlorraine.ieps.documents.PdfRefusal;
import fr.univlorraine.ieps.documents.RefusedContent;
import fr.univlorraine.ieps.documents.StaffFiles;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The ZIP of the platform's PDF files for a track: each file goes to the imported dossier whose platform number its
 * name carries ({@link PdfImportNumber}), checked from its content exactly as a candidate's upload, and is stored as
 * the dossier's "Mon Master dossier" piece. A file that cannot be placed or is refused is listed with its reason and
 * stored nowhere; the others are stored one by one, each in a short transaction, after its check. One audit event per
 * ZIP gives the counts.
 */
@ApplicationScoped
public class PdfImportService {

    private static final Logger LOG = Logger.getLogger(PdfImportService.class);

    /** The audit event of one ZIP; the detail gives the track and the counts. */
    public static final String AUDIT_ACTION = "IMPORT_PLATFORM_PDFS";
    /** The piece the platform's PDF becomes (V27). */
    public static final String PIECE = DocumentType.PLATFORM_DOSSIER;

    @Inject
    StaffFiles files;

    @Inject
    PdfImportConfig config;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    /** A whole ZIP refused before any file was read: nothing is stored. */
    public static final class ZipRefused extends Exception {
        private static final long serialVersionUID = 1L;
        public final transient PdfImportError error;

        ZipRefused(PdfImportError error) {
            super(error.name(), null, false, false);
            this.error = error;
        }
    }

    /** The track if it takes candidates through the platform (some route applies there); 404 otherwise. */
    @Transactional
    public TrackInfo platformTrack(Long trackId) {
        Track track = Track.findById(trackId);
        PlatformTrack platform = PlatformTrack.findById(trackId);
        if (track == null || platform == null || platform.routes.isEmpty()) {
            throw new NotFoundException();
        }
        return new TrackInfo(track.id, track.level, track.campaign.code);
    }

    /** The track as the pages name it: its level and its campaign ("2027-2028"). */
    public record TrackInfo(Long id, Level level, String campaign) {
    }

    /** The import of this track, with its lines in the ZIP's order; 404 for another track's. */
    @Transactional
    public Result result(Long trackId, Long importId) {
        PdfImport result = PdfImport.ofTrack(importId, trackId);
        if (result == null) {
            throw new NotFoundException();
        }
        return new Result(result, PdfImportLine.of(result));
    }

    /** An import and its lines. */
    public record Result(PdfImport summary, List<PdfImportLine> lines) {
        public List<PdfImportLine> refused() {
            return lines.stream().filter(PdfImportLine::refused).toList();
        }

        public List<PdfImportLine> placed() {
            return lines.stream().filter(l -> !l.refused()).toList();
        }
    }

    @Transactional
    public List<PdfImport> latest(Long trackId) {
        return PdfImport.latest(trackId, 5);
    }

    /** The largest file the piece takes, in bytes. */
    @Transactional
    public long maxBytes() throws ZipRefused {
        DocumentType type = DocumentType.byCode(PIECE);
        if (type == null) {
            throw new ZipRefused(PdfImportError.NO_PIECE_TYPE);
        }
        return type.maxBytes();
    }

    /**
     * Reads the ZIP (a file on disk, never held in memory) and places each file; returns the id of the import, whose
     * lines say what became of each file. Refuses the whole ZIP only when it is no ZIP or holds too many entries.
     */
    public Long importZip(Long trackId, Path zip, String zipName, ActorRef actor) throws ZipRefused, IOException {
        platformTrack(trackId);
        long maxBytes = maxBytes();
        Map<String, Long> dossiers = dossiersByNumber(trackId);
        List<PdfImportLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (PdfImportZip entries = PdfImportZip.open(zip, config.maxEntries(), config.maxRatio(), maxBytes)) {
            int position = 0;
            for (PdfImportZip.Entry entry : entries.files()) {
                lines.add(place(entry, ++position, dossiers, seen, entries, actor));
            }
        }
        return save(trackId, zipName, actor, lines);
    }

    private PdfImportLine place(PdfImportZip.Entry entry, int position, Map<String, Long> dossiers, Set<String> seen,
            PdfImportZip zip, ActorRef actor) throws IOException {
        PdfImportLine line = new PdfImportLine();
        line.position = position;
        line.fileName = PdfImportZip.shownName(entry.name());
        line.outcome = PdfImportOutcome.REFUSED;
        if (entry.nested()) {
            line.problem = PdfImportProblem.NESTED_PATH.name();
            return line;
        }
        String number = PdfImportNumber.of(entry.name());
        if (number == null) {
            line.problem = (PdfImportNumber.ambiguous(entry.name()) ? PdfImportProblem.AMBIGUOUS_NUMBER
                    : PdfImportProblem.NO_NUMBER).name();
            return line;
        }
        Long applicationId = dossiers.get(number);
        if (applicationId == null) {
            line.problem = PdfImportProblem.UNKNOWN_NUMBER.name();
            return line;
        }
        line.applicationId = applicationId;
        if (!seen.add(number)) {
            line.problem = PdfImportProblem.SAME_NUMBER_TWICE.name();
            return line;
        }
        PdfImportZip.Unpacked unpacked = zip.unpack(entry);
        if (unpacked.problem() != null) {
            line.problem = unpacked.problem().name();
            return line;
        }
        try {
            ContentInspector.Inspection inspection = files.inspectPdf(unpacked.file());
            StaffFiles.Given given = files.record(applicationId, PIECE, unpacked.file(), entry.name(), unpacked.sha256(),
                    inspection, actor);
            line.outcome = PdfImportOutcome.valueOf(given.name());
        } catch (RefusedContent refused) {
            line.problem = refused.error instanceof PdfRefusal pdf ? "pdf:" + pdf.name()
                    : "doc:" + ((DocumentError) refused.error).name();
            LOG.infof("Platform PDF %s refused for dossier %d: %s", line.fileName, applicationId, refused.getMessage());
        } catch (RuntimeException e) {
            if (!StaffFiles.lostRace(e)) {
                throw e;
            }
            line.problem = PdfImportProblem.CONFLICT.name();
        } finally {
            Files.deleteIfExists(unpacked.file());
        }
        return line;
    }

    /** The imported dossiers of the track by their platform number. */
    @Transactional
    Map<String, Long> dossiersByNumber(Long trackId) {
        Map<String, Long> byNumber = new HashMap<>();
        Application.getEntityManager().createQuery("select a.platformNumber, a.id from Application a where a.track.id = ?1 "
                + "and a.origin = ?2 and a.platformNumber is not null", Object[].class).setParameter(1, trackId)
                .setParameter(2, ApplicationOrigin.PLATFORM).getResultList()
                .forEach(row -> byNumber.put((String) row[0], (Long) row[1]));
        return byNumber;
    }

    @Transactional
    Long save(Long trackId, String zipName, ActorRef actor, List<PdfImportLine> lines) {
        PdfImport result = new PdfImport();
        result.trackId = trackId;
        result.zipName = zipName == null ? null : PdfImportZip.shownName(zipName);
        result.importedAt = clock.now();
        result.importedBy = actor.subject();
        for (PdfImportLine line : lines) {
            switch (line.outcome) {
                case STORED -> result.stored++;
                case REPLACED -> result.replaced++;
                case UNCHANGED -> result.unchanged++;
                case REFUSED -> result.refused++;
            }
        }
        result.persist();
        for (PdfImportLine line : lines) {
            line.importId = result.id;
            line.persist();
        }
        audit.record(AUDIT_ACTION, null, null, String.format("track %d, import %d: %d stored, %d replaced, %d unchanged, "
                + "%d refused", trackId, result.id, result.stored, result.replaced, result.unchanged, result.refused));
        return result.id;
    }
}
