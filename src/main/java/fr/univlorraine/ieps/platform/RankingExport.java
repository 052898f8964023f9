package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.decision.DecisionService;
import fr.univlorraine.ieps.export.ExportFormat;
import fr.univlorraine.ieps.export.ExportLabels;
import fr.univlorraine.ieps.export.ExportTable;
import fr.univlorraine.ieps.export.SheetWriter;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking carried back to the national platform: the track's imported dossiers in the board's order, each with its
 * platform number, names, rank among them, the board's rank, and the outcome the heads propose (their draft decision,
 * or the page's proposal where they saved none). In French whatever the reader's language: the platform's staff read
 * French, and the file is typed into the platform as it is.
 */
@ApplicationScoped
public class RankingExport {

    /** The file is read in French. */
    static final String LANG = "fr";

    @Inject
    DecisionService decisions;

    @Inject
    EntityManager em;

    /** One dossier of the file. {@code waitlistRank} is its place among the platform's waiting list, from 1. */
    public record Line(String platformNumber, String lastName, String firstNames, int rank, int boardRank,
            DecisionKind outcome, Integer waitlistRank, String motive) {
    }

    /** The columns of the file, in order. */
    public enum Column {
        NUMBER(18), LAST_NAME(24), FIRST_NAMES(24), RANK(8), BOARD_RANK(10), OUTCOME(18), WAITLIST_RANK(12), MOTIVE(40);

        final int width;

        Column(int width) {
            this.width = width;
        }
    }

    /** The track's platform dossiers on the board, in its order. */
    @Transactional
    public List<Line> lines(Track track) {
        Map<Long, String> numbers = new HashMap<>();
        for (Object[] row : em.createQuery("select a.id, a.platformNumber from Application a where a.track.id = ?1 "
                + "and a.origin = ?2", Object[].class).setParameter(1, track.id)
                .setParameter(2, ApplicationOrigin.PLATFORM).getResultList()) {
            numbers.put((Long) row[0], (String) row[1]);
        }
        List<Line> lines = new ArrayList<>();
        int waitlist = 0;
        for (DecisionService.Row row : decisions.prepare(track, false).rows()) {
            if (!row.board().platform()) {
                continue;
            }
            DecisionKind kind = row.chosen();
            String motive = null;
            if (kind == DecisionKind.REJECT && row.draft() != null && row.draft().kind == DecisionKind.REJECT
                    && row.draft().motive != null) {
                motive = Texts.join(" – ", row.draft().motive.label(LANG), row.draft().motiveText);
            }
            lines.add(new Line(numbers.get(row.board().applicationId()), row.board().lastName(), row.board().firstName(),
                    lines.size() + 1, row.board().rank(), kind, kind == DecisionKind.WAITLIST ? ++waitlist : null, motive));
        }
        return lines;
    }

    /** Writes the file of the track in this format to {@code out}; returns how many dossiers it lists. */
    public int write(Track track, ExportFormat format, OutputStream out) throws IOException {
        List<Line> lines = lines(track);
        PlatformMessages texts = Localizable.bundle(PlatformMessages.class, LANG);
        ExportLabels labels = new ExportLabels(LANG);
        List<ExportTable.Column> header = Arrays.stream(Column.values()).map(c -> {
            String title = texts.export_column(c);
            ExportTable.Kind kind = c == Column.RANK || c == Column.BOARD_RANK || c == Column.WAITLIST_RANK
                    ? ExportTable.Kind.NUMBER : ExportTable.Kind.TEXT;
            return new ExportTable.Column(title, kind, Math.max(c.width, title.length() + 2));
        }).toList();
        try (SheetWriter sheet = SheetWriter.of(format, out, texts.export_sheet(), labels)) {
            sheet.header(header);
            for (Line line : lines) {
                List<Object> cells = new ArrayList<>(header.size());
                cells.add(line.platformNumber());
                cells.add(line.lastName());
                cells.add(line.firstNames());
                cells.add(line.rank());
                cells.add(line.boardRank());
                cells.add(texts.export_outcome(line.outcome()));
                cells.add(line.waitlistRank());
                cells.add(line.motive());
                sheet.row(cells);
            }
            sheet.finish();
        }
        return lines.size();
    }
}
