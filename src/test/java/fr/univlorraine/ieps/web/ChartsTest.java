package fr.univlorraine.ieps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.web.Charts.Bar;
import fr.univlorraine.ieps.web.Charts.Stack;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG charts: well-formed, named for screen readers, lengths true to the numbers, texts escaped, colours readable. */
class ChartsTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void horizontalBarsAreProportionalToTheirValues() {
        Document svg = parse(Charts.horizontalBars("f", "Dossiers", List.of(new Bar("Brouillon", 10), new Bar("Déposée", 5),
                new Bar("Complète", 0), new Bar("Retirée", 1))));
        List<Element> bars = rects(svg, Charts.BAR);
        assertEquals(4, bars.size());
        double full = width(bars.get(0));
        assertTrue(full > 100, "the largest bar takes the room: " + full);
        assertEquals(full / 2, width(bars.get(1)), 0.11);
        assertEquals(0, width(bars.get(2)), 0.001);
        assertEquals(full / 10, width(bars.get(3)), 0.11);
        // the counts are written too, not carried by length alone
        assertTrue(texts(svg).containsAll(List.of("Brouillon", "10", "Déposée", "5", "Complète", "0", "Retirée", "1")), texts(svg).toString());
    }

    @Test
    void histogramColumnsAreProportionalAndLabelled() {
        Document svg = parse(Charts.histogram("h", "Moyennes", List.of(0L, 3L, 6L), List.of("0", "2", "4", "6"),
                "Moyenne sur 20"));
        List<Element> columns = rects(svg, Charts.BAR);
        assertEquals(3, columns.size());
        assertEquals(0, height(columns.get(0)), 0.001);
        assertEquals(height(columns.get(2)) / 2, height(columns.get(1)), 0.11);
        // columns stand on the same baseline
        assertEquals(y(columns.get(1)) + height(columns.get(1)), y(columns.get(2)) + height(columns.get(2)), 0.11);
        // each count above its column, each bound under the tick between two columns
        List<String> texts = texts(svg);
        assertEquals(List.of("0", "3", "6", "0", "2", "4", "6", "Moyenne sur 20"), texts);
        assertEquals(x(columns.get(1)) - 2, Double.parseDouble(textElement(svg, 4).getAttribute("x")), 0.11, "bound 2 under the left of column 2");
    }

    @Test
    void histogramNeedsOneEdgeMoreThanBins() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Charts.histogram("h", "t", List.of(1L, 2L), List.of("0", "2"), "x"));
    }

    @Test
    void progressFillsItsShareOfTheTrack() {
        Document svg = parse(Charts.progress("p", "Places", 7, 19, "7 / 19"));
        Element track = rects(svg, "#ffffff").get(0);
        Element filled = rects(svg, Charts.BAR).get(0);
        assertEquals(width(track) * 7 / 19, width(filled), 0.11);
        assertTrue(texts(svg).contains("7 / 19"));
        // more than the capacity never draws past the track
        Document over = parse(Charts.progress("p", "Places", 25, 19, "25 / 19"));
        assertEquals(width(rects(over, "#ffffff").get(0)), width(rects(over, Charts.BAR).get(0)), 0.11);
    }

    @Test
    void stackedBarsShowThePartsInsideTheTotal() {
        Document svg = parse(Charts.stackedBars("r", "Relecteurs", List.of(
                new Stack("Anne", List.of(2L, 1L), 4, "2 / 4"),
                new Stack("Bruno", List.of(2L, 0L), 2, "2 / 2")), List.of("Rendues", "Brouillons", "Pas commencées")));
        List<Element> outlines = rects(svg, "#ffffff").stream().filter(r -> r.hasAttribute("stroke")
                && Charts.OUTLINE.equals(r.getAttribute("stroke")) && height(r) > 14).toList();
        assertEquals(2, outlines.size(), "one outlined total per row");
        double full = width(outlines.get(0));
        assertEquals(full / 2, width(outlines.get(1)), 0.11);
        // parts after the legend's swatches: Anne's 2 submitted and 1 draft, Bruno's 2 submitted and 0 drafts
        List<Element> submitted = rects(svg, Charts.BAR).stream().filter(r -> height(r) > 14).toList();
        List<Element> drafts = rects(svg, Charts.BAR_2).stream().filter(r -> height(r) > 14).toList();
        assertEquals(full / 2, width(submitted.get(0)), 0.11);
        assertEquals(full / 4, width(drafts.get(0)), 0.11);
        assertEquals(full / 2, width(submitted.get(1)), 0.11);
        assertEquals(0, width(drafts.get(1)), 0.001);
        assertTrue(texts(svg).containsAll(List.of("Anne", "2 / 4", "Bruno", "2 / 2", "Rendues", "Brouillons", "Pas commencées")));
    }

    @Test
    void zerosAndEmptyDataDrawWithoutDividingByZero() {
        for (String chart : List.of(
                Charts.horizontalBars("a", "Rien", List.of(new Bar("A", 0), new Bar("B", 0))),
                Charts.horizontalBars("b", "Rien", List.of()),
                Charts.histogram("c", "Rien", List.of(0L), List.of("0", "2"), "x"),
                Charts.histogram("d", "Rien", List.of(), List.of(), "x"),
                Charts.progress("e", "Rien", 0, 0, "0 / 0"),
                Charts.stackedBars("f", "Rien", List.of(new Stack("A", List.of(0L, 0L), 0, "0 / 0")), List.of("x")),
                Charts.stackedBars("g", "Rien", List.of(), List.of()))) {
            assertFalse(chart.contains("NaN") || chart.contains("Infinity"), chart);
            Document svg = parse(chart);
            NodeList rects = svg.getElementsByTagNameNS(SVG, "rect");
            for (int i = 0; i < rects.getLength(); i++) {
                Element r = (Element) rects.item(i);
                assertTrue(width(r) >= 0 && height(r) >= 0, chart);
            }
        }
    }

    @Test
    void everyChartIsAnImageWithItsTitleAsName() {
        for (String chart : List.of(Charts.horizontalBars("m1-funnel", "Dossiers de Master 1", List.of(new Bar("A", 1))),
                Charts.histogram("m1-scores", "Dossiers de Master 1", List.of(1L), List.of("0", "1"), "x"),
                Charts.progress("m1-places", "Dossiers de Master 1", 1, 2, "1 / 2"),
                Charts.stackedBars("m1-reviewers", "Dossiers de Master 1", List.of(new Stack("A", List.of(1L), 1, "1 / 1")),
                        List.of("x")))) {
            Element root = parse(chart).getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals(SVG, root.getNamespaceURI());
            assertEquals("img", root.getAttribute("role"));
            Element title = (Element) root.getElementsByTagNameNS(SVG, "title").item(0);
            assertEquals(root.getFirstChild(), title, "the title comes first");
            assertEquals(root.getAttribute("aria-labelledby"), title.getAttribute("id"));
            assertEquals("Dossiers de Master 1", title.getTextContent());
        }
        // two charts of a page never share an id, whatever the caller passed
        assertTrue(Charts.progress("m 1\"><x", "t", 0, 1, "").contains("id=\"m-1---x-title\""));
    }

    @Test
    void textIsEscaped() {
        String hostile = "R&D <script>alert('x')</script> \"quoted\"";
        String chart = Charts.horizontalBars("x", "Titre <&>", List.of(new Bar(hostile, 1)));
        assertFalse(chart.contains("<script>"), chart);
        Document svg = parse(chart);
        assertEquals("Titre <&>", svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent());
        assertTrue(texts(svg).contains(Charts.shorten(hostile)), texts(svg).toString());
        assertEquals(0, svg.getElementsByTagName("script").getLength());
        Document stacked = parse(Charts.stackedBars("y", "<&>", List.of(new Stack("<b>&</b>", List.of(1L), 1, "1 & 1")),
                List.of("<legend>")));
        assertTrue(texts(stacked).containsAll(List.of("<b>&</b>", "1 & 1", "<legend>")));
    }

    @Test
    void longLabelsAreShortenedWithAnEllipsis() {
        String name = "Marie-Christine de La Tour d'Auvergne-Lauraguais";
        String shown = Charts.shorten(name);
        assertTrue(shown.length() <= 32 && shown.endsWith("…"), shown);
        assertEquals("Anne", Charts.shorten("Anne"));
    }

    @Test
    void coloursHaveEnoughContrastOnWhite() {
        for (String bar : List.of(Charts.BAR, Charts.BAR_2, Charts.OUTLINE)) {
            assertTrue(contrast(bar, "#ffffff") >= 3, bar + " against white: " + contrast(bar, "#ffffff"));
        }
        for (String text : List.of(Charts.INK, Charts.MUTED)) {
            assertTrue(contrast(text, "#ffffff") >= 4.5, text + " against white: " + contrast(text, "#ffffff"));
        }
        // and the colours actually used in a chart are those
        Document svg = parse(Charts.stackedBars("r", "t", List.of(new Stack("A", List.of(1L, 1L), 3, "1 / 3")),
                List.of("a", "b", "c")));
        NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            String fill = ((Element) texts.item(i)).getAttribute("fill");
            assertTrue(contrast(fill, "#ffffff") >= 4.5, "text colour " + fill);
        }
        NodeList rects = svg.getElementsByTagNameNS(SVG, "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            String fill = r.getAttribute("fill");
            String edge = "#ffffff".equals(fill) ? r.getAttribute("stroke") : fill;
            assertTrue(contrast(edge, "#ffffff") >= 3, "shape colour " + edge);
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    static Document parse(String svg) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    private static List<Element> rects(Document svg, String fill) {
        List<Element> list = new ArrayList<>();
        NodeList rects = svg.getElementsByTagNameNS(SVG, "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (fill.equals(r.getAttribute("fill"))) {
                list.add(r);
            }
        }
        return list;
    }

    private static List<String> texts(Document svg) {
        List<String> list = new ArrayList<>();
        NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            list.add(texts.item(i).getTextContent());
        }
        return list;
    }

    private static double width(Element e) {
        return Double.parseDouble(e.getAttribute("width"));
    }

    private static double height(Element e) {
        return Double.parseDouble(e.getAttribute("height"));
    }

    private static double x(Element e) {
        return Double.parseDouble(e.getAttribute("x"));
    }

    private static Element textElement(Document svg, int index) {
        return (Element) svg.getElementsByTagNameNS(SVG, "text").item(index);
    }

    private static double y(Element e) {
        return Double.parseDouble(e.getAttribute("y"));
    }

    /** WCAG 2.1 contrast ratio of two #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
