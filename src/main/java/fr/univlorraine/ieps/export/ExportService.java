package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.campaign.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Builds the secretariat's lists: counts for the page, files streamed as they are read, rows for the API. */
@ApplicationScoped
public class ExportService {

    @Inject
    ExportRows rows;

    /** For each track, the number of dossiers on each list, from one grouped query. */
    public Map<Long, Map<ExportList, Long>> counts(List<Track> tracks) {
        Map<Long, Map<ExportList, Long>> counts = new HashMap<>();
        for (Track track : tracks) {
            Map<ExportList, Long> empty = new EnumMap<>(ExportList.class);
            for (ExportList list : ExportList.values()) {
                empty.put(list, 0L);
            }
            counts.put(track.id, empty);
        }
        if (tracks.isEmpty()) {
            return counts;
        }
        for (Object[] row : Application.countByTrackAndStatus(tracks.stream().map(t -> t.id).toList())) {
            Map<ExportList, Long> ofTrack = counts.get((Long) row[0]);
            for (ExportList list : ExportList.values()) {
                if (list.statuses.contains((ApplicationStatus) row[1])) {
                    ofTrack.merge(list, (Long) row[2], Long::sum);
                }
            }
        }
        return counts;
    }

    /** Writes the list of the track as a file to {@code out}, row by row as the database gives them; returns the rows. */
    @Transactional
    public int write(Long trackId, ExportList list, ExportFormat format, ExportLabels labels, OutputStream out)
            throws IOException {
        try (SheetWriter sheet = SheetWriter.of(format, out, labels.sheet(list), labels)) {
            sheet.header(ExportTable.columns(list, labels));
            int[] count = {0};
            try (Stream<List<Object>> cells = cells(trackId, list, labels)) {
                cells.forEach(row -> {
                    try {
                        sheet.row(row);
                        count[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            sheet.finish();
            return count[0];
        }
    }

    @Transactional
    public List<ExportRows.Accepted> accepted(Long trackId) {
        try (var stream = rows.accepted(trackId)) {
            return stream.toList();
        }
    }

    @Transactional
    public List<ExportRows.Waitlisted> waitlist(Long trackId) {
        try (var stream = rows.waitlist(trackId)) {
            return stream.toList();
        }
    }

    @Transactional
    public List<ExportRows.Any> applications(Long trackId) {
        try (var stream = rows.applications(trackId)) {
            return stream.toList();
        }
    }

    private Stream<List<Object>> cells(Long trackId, ExportList list, ExportLabels labels) {
        return switch (list) {
            case ACCEPTED -> rows.accepted(trackId).map(r -> ExportTable.cells(r, labels));
            case WAITLIST -> rows.waitlist(trackId).map(r -> ExportTable.cells(r, labels));
            case APPLICATIONS -> rows.applications(trackId).map(r -> ExportTable.cells(r, labels));
        };
    }
}
