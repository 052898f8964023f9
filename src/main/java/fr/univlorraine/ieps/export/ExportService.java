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

    /**
     * Writes the list of the track, with these columns, as a file to {@code out}, row by row as the database gives
     * them; returns the rows. A workbook of the accepted list has a second sheet, the offers still awaiting an answer
     * with all their columns: the places that may yet join the list. A CSV file holds one table, so in CSV these
     * offers are their own list ({@link ExportList#PENDING}), next to the accepted one on the page.
     */
    @Transactional
    public int write(Long trackId, ExportList list, List<ExportColumn> columns, ExportFormat format, ExportLabels labels,
            OutputStream out) throws IOException {
        try (SheetWriter sheet = SheetWriter.of(format, out, labels.exp.sheet(list), labels)) {
            int count = table(sheet, trackId, list, columns, labels);
            if (list == ExportList.ACCEPTED && sheet.manySheets()) {
                sheet.nextSheet(labels.exp.sheet(ExportList.PENDING), ExportTable.columns(ExportList.PENDING.columns, labels));
                try (Stream<? extends ExportRows.Row> pending = rows.pending(trackId)) {
                    each(pending, ExportList.PENDING.columns, labels, sheet);
                }
            }
            sheet.finish();
            return count;
        }
    }

    private int table(SheetWriter sheet, Long trackId, ExportList list, List<ExportColumn> columns, ExportLabels labels)
            throws IOException {
        sheet.header(ExportTable.columns(columns, labels));
        try (Stream<? extends ExportRows.Row> listed = rows(trackId, list)) {
            return each(listed, columns, labels, sheet);
        }
    }

    private static int each(Stream<? extends ExportRows.Row> listed, List<ExportColumn> columns, ExportLabels labels,
            SheetWriter sheet) throws IOException {
        int[] count = {0};
        try {
            listed.forEach(row -> {
                try {
                    sheet.row(ExportTable.cells(row, columns, labels));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    /** The rows of one of the lists, read whole, for the API. */
    @Transactional
    public <R> List<R> list(Function<ExportRows, Stream<R>> list) {
        try (Stream<R> stream = list.apply(rows)) {
            return stream.toList();
        }
    }

    private Stream<? extends ExportRows.Row> rows(Long trackId, ExportList list) {
        return switch (list) {
            case ACCEPTED -> rows.accepted(trackId);
            case PENDING -> rows.pending(trackId);
            case WAITLIST -> rows.waitlist(trackId);
            case APPLICATIONS -> rows.applications(trackId);
        };
    }
}
