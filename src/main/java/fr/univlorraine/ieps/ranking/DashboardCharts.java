package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.ranking.DashboardFigures.Bin;
import fr.univlorraine.ieps.ranking.DashboardFigures.Reviewer;
import fr.univlorraine.ieps.ranking.DashboardFigures.TrackDashboard;
import fr.univlorraine.ieps.web.Charts;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's charts in the reader's language. The SVG is drawn in Java, so its texts are read
 * from the bundles here; the tables beside the charts read the same numbers in the template.
 */
public final class DashboardCharts {

    /** A track's numbers and its four charts, ready to print raw. */
    public record Panel(TrackDashboard figures, String places, String funnel, String histogram, String reviewers) {
    }

    private final DashboardMessages dash;
    private final String lang;

    DashboardCharts(String lang) {
        dash = Localizable.bundle(DashboardMessages.class, lang);
        this.lang = lang;
    }

    Panel panel(TrackDashboard f) {
        String level = f.track().level.text(lang);
        String id = f.track().level.name().toLowerCase(java.util.Locale.ROOT);
        String places = Charts.progress(id + "-places", dash.dash_places_chart(level, f.taken(), f.track().capacity),
                f.taken(), f.track().capacity, dash.dash_places_value(f.taken(), f.track().capacity));
        String funnel = Charts.horizontalBars(id + "-funnel", dash.dash_funnel_chart(level),
                f.funnel().stream().map(c -> new Charts.Bar(c.status().text(lang), c.count())).toList());
        List<String> edges = new ArrayList<>(f.bins().stream().map(b -> Integer.toString(b.from())).toList());
        edges.add(Integer.toString(DashboardFigures.BIN_WIDTH * DashboardFigures.BINS));
        String histogram = Charts.histogram(id + "-scores", dash.dash_hist_chart(level),
                f.bins().stream().map(Bin::count).toList(), edges, dash.dash_hist_axis());
        String reviewers = Charts.stackedBars(id + "-reviewers", dash.dash_reviewers_chart(level),
                f.reviewers().stream().map(DashboardCharts::stack).toList(),
                List.of(dash.dash_legend_submitted(), dash.dash_legend_drafts(), dash.dash_legend_todo()));
        return new Panel(f, places, funnel, histogram, reviewers);
    }

    /** Submitted, then drafts, inside what the member is expected to write; "3 / 5" after the bar. */
    private static Charts.Stack stack(Reviewer r) {
        return new Charts.Stack(r.name(), List.of(r.submitted(), r.drafts()), r.assigned(), r.submitted() + " / " + r.assigned());
    }
}
