package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.application.StatusCount;
import fr.univlorraine.ieps.application.TrackFigures;
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
import java.util.function.Function;
import java.util.stream.Stream;

/** Builds the secretariat's lists: counts for the page, files streamed as they are read, rows for the API. */
@ApplicationScoped
public class ExportService {

    @Inject
    ExportRows rows;

    /** For each track, the number of dossiers on each list, from one grouped query. */
    public Map<Long, Map<ExportList, Long>> counts(List<Track> tracks) {
        Map<Long, Map<ExportList, Long>> counts = new HashMap<>();
        for (TrackFigures figures : TrackFigures.of(tracks)) {
            Map<ExportList, Long> ofTrack = new EnumMap<>(ExportList.class);
            for (ExportList list : ExportList.values()) {
                ofTrack.put(list, figures.counts().stream().filter(c -> list.statuses.contains(c.status()))
                        .mapToLong(StatusCount::count).sum());
            }
            counts.put(figures.track().id, ofTrack);
        }
        return counts;
    }

    /** Writes the list of the track as a file to {@code out}, row by row as the database gives them; returns the rows. */
    @Transactional
    public int write(Long trackId, ExportList list, ExportFormat format, ExportLabels labels, OutputStream out)
            throws IOException {
        try (SheetWriter sheet = SheetWriter.of(format, out, labels.exp.sheet(list), labels)) {
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

    /** The rows of one of the lists, read whole, for the API. */
    @Transactional
    public <R> List<R> list(Function<ExportRows, Stream<R>> list) {
        try (Stream<R> stream = list.apply(rows)) {
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
