package fr.univlorraine.ieps.web;

import java.util.List;
import java.util.Locale;

/**
 * Small charts as inline SVG, drawn on the server: no script, no external resource, readable without
 * colour. Each chart is an image with an accessible name ({@code role="img"}, {@code <title>} named by
 * {@code aria-labelledby}); its numbers are written beside the bars, and the page puts the same
 * numbers in a table next to it. Every text is XML-escaped here, so callers pass plain text.
 *
 * <p>Colours hold on a white background: bars at least 3:1 (WCAG 1.4.11), text at least 4.5:1 (1.4.3).
 * Sizes are in SVG units; the page scales the chart down to its column, never up.
 */
public final class Charts {

    /** Text: 16.6:1 on white. */
    static final String INK = "#1b1f24";
    /** Secondary text and axes: 7.9:1. */
    static final String MUTED = "#4a525c";
    /** The main bar colour, the brand's blue: 8.9:1. */
    static final String BAR = "#0b4f6c";
    /** A second series, orange (3.9:1), far in hue from the blue also for colour-blind readers. */
    static final String BAR_2 = "#c26a00";
    /** Outline of the part still to come (empty track): 4.7:1, so the whole extent is visible. */
    static final String OUTLINE = "#6b7580";
    /** Series colours of stacked bars, in order. */
    static final List<String> SERIES = List.of(BAR, BAR_2);

    static final int WIDTH = 560;
    /** Histograms and progress bars need no label column: they fit a narrower column of the page. */
    static final int NARROW_WIDTH = 440;
    static final int FONT = 14;
    private static final int ROW = 26;
    private static final int BAR_HEIGHT = 16;
    private static final int GAP = 8;
    private static final int VALUE_ROOM = 64;
    private static final int MAX_LABEL_CHARS = 32;

    /** One bar: a label and a count. */
    public record Bar(String label, long value) {
    }

    /**
     * One stacked row: its parts (drawn in {@link #SERIES} colours) inside an outlined total, and the text
     * written after it. The total is at least the sum of the parts; what is left is drawn empty.
     */
    public record Stack(String label, List<Long> parts, long total, String valueText) {
    }

    private Charts() {
    }

    /** One bar per line, label on the left, count after the bar; lengths proportional to the largest count. */
    public static String horizontalBars(String id, String title, List<Bar> bars) {
        int labelWidth = labelWidth(bars.stream().map(Bar::label).toList());
        int x0 = labelWidth + GAP;
        int barMax = WIDTH - x0 - VALUE_ROOM;
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW) + GAP;
        StringBuilder svg = open(id, title, WIDTH, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = GAP / 2 + i * ROW;
            double w = length(bar.value(), max, barMax);
            svg.append(text(labelWidth, y + ROW / 2 + 5, "end", INK, shorten(bar.label())));
            svg.append(rect(x0, y + (ROW - BAR_HEIGHT) / 2.0, w, BAR_HEIGHT, BAR, null));
            svg.append(text(x0 + w + 6, y + ROW / 2 + 5, "start", INK, Long.toString(bar.value())));
        }
        svg.append(line(x0, 0, x0, height, MUTED));
        return close(svg);
    }

    /**
     * Columns over consecutive bins (such as score ranges), the count above each column; heights proportional
     * to the largest count. {@code edges} are the bins' bounds, one more than the bins, written under the
     * ticks between columns as a histogram's axis reads; {@code axisLabel} names what the bins measure.
     */
    public static String histogram(String id, String title, List<Long> counts, List<String> edges, String axisLabel) {
        if (!counts.isEmpty() && edges.size() != counts.size() + 1) {
            throw new IllegalArgumentException(counts.size() + " bins need " + (counts.size() + 1) + " edges, not " + edges.size());
        }
        int height = 220;
        int top = 24;
        int baseline = height - 48;
        int plotHeight = baseline - top;
        int width = NARROW_WIDTH;
        int left = 16;
        int plotWidth = width - 2 * left;
        long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
        double column = counts.isEmpty() ? plotWidth : (double) plotWidth / counts.size();
        StringBuilder svg = open(id, title, width, height);
        for (int i = 0; i < counts.size(); i++) {
            long count = counts.get(i);
            double h = length(count, max, plotHeight);
            double x = left + i * column;
            svg.append(rect(x + 2, baseline - h, column - 4, h, BAR, null));
            svg.append(text(x + column / 2, baseline - h - 6, "middle", INK, Long.toString(count)));
        }
        svg.append(line(left, baseline, width - left, baseline, MUTED));
        for (int i = 0; i < edges.size() && !counts.isEmpty(); i++) {
            double x = left + i * column;
            svg.append(line(x, baseline, x, baseline + 5, MUTED));
            svg.append(text(x, baseline + 20, "middle", INK, edges.get(i)));
        }
        svg.append(text(width / 2.0, height - 6, "middle", MUTED, axisLabel));
        return close(svg);
    }

    /** One bar showing {@code value} out of {@code max} (clamped to the bar), with its text under it. */
    public static String progress(String id, String title, long value, long max, String valueText) {
        int height = 52;
        int width = NARROW_WIDTH;
        double w = length(Math.min(Math.max(value, 0), Math.max(max, 0)), max, width - 2);
        StringBuilder svg = open(id, title, width, height);
        svg.append(rect(1, 1, width - 2, 22, "#ffffff", OUTLINE));
        svg.append(rect(1, 1, w, 22, BAR, null));
        svg.append(text(1, 44, "start", INK, valueText));
        return close(svg);
    }

    /**
     * Stacked rows with a legend on top: each row's total is an outlined bar whose length is proportional
     * to the largest total, filled by its parts in series colours; the row's text goes after the bar.
     * {@code legend} names the parts in order, then (optionally, one more entry) the empty remainder.
     */
    public static String stackedBars(String id, String title, List<Stack> rows, List<String> legend) {
        int labelWidth = labelWidth(rows.stream().map(Stack::label).toList());
        int x0 = labelWidth + GAP;
        int barMax = WIDTH - x0 - VALUE_ROOM;
        long max = rows.stream().mapToLong(Stack::total).max().orElse(0);
        int legendHeight = legend.isEmpty() ? 0 : ROW;
        int height = legendHeight + Math.max(ROW, rows.size() * ROW) + GAP;
        StringBuilder svg = open(id, title, WIDTH, height);
        double lx = 1;
        for (int i = 0; i < legend.size(); i++) {
            boolean remainder = i >= SERIES.size();
            svg.append(rect(lx, 5, 14, 14, remainder ? "#ffffff" : SERIES.get(i), remainder ? OUTLINE : null));
            svg.append(text(lx + 20, 17, "start", INK, legend.get(i)));
            lx += 20 + estimate(legend.get(i)) + 18;
        }
        for (int i = 0; i < rows.size(); i++) {
            Stack row = rows.get(i);
            double y = legendHeight + GAP / 2.0 + i * ROW;
            double barY = y + (ROW - BAR_HEIGHT) / 2.0;
            long total = Math.max(row.total(), row.parts().stream().mapToLong(Long::longValue).sum());
            double totalWidth = length(total, max, barMax);
            svg.append(text(labelWidth, y + ROW / 2.0 + 5, "end", INK, shorten(row.label())));
            svg.append(rect(x0, barY, totalWidth, BAR_HEIGHT, "#ffffff", OUTLINE));
            double x = x0;
            for (int p = 0; p < row.parts().size(); p++) {
                double w = length(row.parts().get(p), max, barMax);
                // a white seam between parts keeps their boundary visible whatever the two colours
                svg.append(rect(x, barY, w, BAR_HEIGHT, SERIES.get(p % SERIES.size()), w > 0 && p > 0 ? "#ffffff" : null));
                x += w;
            }
            svg.append(text(x0 + totalWidth + 6, y + ROW / 2.0 + 5, "start", INK, row.valueText()));
        }
        svg.append(line(x0, legendHeight, x0, height, MUTED));
        return close(svg);
    }

    /** Text safe inside XML elements and attributes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // control characters are not allowed in XML 1.0
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The length of {@code value} on a scale where {@code max} fills {@code full}; zero when everything is zero. */
    static double length(long value, long max, double full) {
        return max <= 0 || value <= 0 ? 0 : full * value / max;
    }

    private static StringBuilder open(String id, String title, int width, int height) {
        String safeId = id.replaceAll("[^A-Za-z0-9_-]", "-");
        return new StringBuilder(2048)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"")
                .append(safeId).append("-title\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"")
                .append(FONT).append("\"><title id=\"").append(safeId).append("-title\">").append(escape(title))
                .append("</title>");
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    private static String rect(double x, double y, double w, double h, String fill, String stroke) {
        return "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h) + "\" fill=\"" + fill
                + "\"" + (stroke == null ? "" : " stroke=\"" + stroke + "\"") + "/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\"" + stroke
                + "\"/>";
    }

    private static String text(double x, double y, String anchor, String fill, String content) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + fill + "\">"
                + escape(content) + "</text>";
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Room for the longest label, estimated generously from its length: the server knows no font metrics. */
    private static int labelWidth(List<String> labels) {
        int widest = labels.stream().mapToInt(l -> estimate(shorten(l))).max().orElse(0);
        return Math.max(40, Math.min(widest, 260));
    }

    /** Width of a text in a sans-serif font, by classes of glyphs, on the safe side. */
    static int estimate(String text) {
        if (text == null) {
            return 0;
        }
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("iIjl.,;:'|!() ".indexOf(c) >= 0) {
                ems += 0.35;
            } else if ("mwMW@&<>%=+~".indexOf(c) >= 0 || Character.isUpperCase(c)) {
                ems += 0.85;
            } else {
                ems += 0.62;
            }
        }
        return (int) Math.ceil(ems * FONT);
    }

    /** Long labels are cut with an ellipsis; the table beside the chart has them in full. */
    static String shorten(String label) {
        if (label == null) {
            return "";
        }
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1).strip() + "…";
    }
}
