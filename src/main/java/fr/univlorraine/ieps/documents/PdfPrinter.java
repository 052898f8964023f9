package fr.univlorraine.ieps.documents;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import io.quarkus.qute.TemplateInstance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints the documents the app writes itself (letters, minutes, receipts, the dossier's cover): the XHTML of a
 * Qute template under {@code templates/pdf/}, laid out by openhtmltopdf on PDFBox. The only font is DejaVu Sans
 * (regular and bold, {@code fonts/}, licence beside it), subset into each PDF: it covers Latin with its
 * extensions and Vietnamese, Greek, Cyrillic and Arabic; a character it lacks (Chinese, say) prints as U+FFFD.
 * ICU splits right-to-left runs, reorders them, shapes Arabic letters and finds where lines may break. What is
 * archived is PDF/A-2b with an sRGB output intent.
 */
public final class PdfPrinter {

    /** The family the print style sheet names, and the only one a document can use. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final FSCacheEx<String, FSCacheValue> METRICS = new MetricsCache();

    private PdfPrinter() {
    }

    /** A PDF/A-2b document, for what is kept: letters, minutes, receipts. */
    public static byte[] archival(String xhtml) {
        return print(xhtml, true);
    }

    /** The template, rendered in the reader's language ("fr" or "en"), as a PDF/A-2b document. */
    public static byte[] archival(TemplateInstance template, String lang) {
        return print(template.setLocale(Locale.forLanguageTag(lang)).render(), true);
    }

    /** A PDF to be merged into another that cannot be PDF/A (the dossier, whose documents are the candidate's). */
    public static byte[] plain(String xhtml) {
        return print(xhtml, false);
    }

    /** The template, rendered in the reader's language, as a PDF to be merged into another. */
    public static byte[] plain(TemplateInstance template, String lang) {
        return print(template.setLocale(Locale.forLanguageTag(lang)).render(), false);
    }

    /**
     * The regular font for the few words PDFBox draws on pages it did not lay out (footers of the merged dossier),
     * subset into the document when it is saved. Load it once per document.
     */
    public static PDType0Font font(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(Fonts.REGULAR), true);
    }

    private static byte[] print(String xhtml, boolean archival) {
        var out = new ByteArrayOutputStream(64 * 1024);
        var builder = new PdfRendererBuilder();
        builder.useFont(() -> new ByteArrayInputStream(Fonts.REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, METRICS);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(TextDirection.LTR);
        // Unicode's line breaking (UAX #14): no break inside "soumise(s)", Arabic and Greek wrapped as they should
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.ROOT));
        // what the font lacks (Chinese, say) shows as the sign a reader knows for it, not as '#'
        builder.useReplacementText("\uFFFD");
        // a template names no file, image or address: nothing is fetched, whatever a value might contain
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Admissions IEPS");
        if (archival) {
            builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
            builder.useColorProfile(Fonts.SRGB);
        }
        builder.withHtmlContent(xml(xhtml), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The page as the XML parser takes it: composed (NFC, so that a "ễ" typed as e + two accents is the one glyph
     * the font has), without the characters XML 1.0 cannot hold (control characters other than tab and line breaks,
     * U+FFFE, U+FFFF, halves of surrogate pairs), which a pasted text may carry and which have nothing to show.
     */
    static String xml(String xhtml) {
        String composed = Normalizer.normalize(xhtml, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < composed.length()
                    && Character.isLowSurrogate(composed.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || c >= 0x20 && c < 0x7F || c > 0x9F && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
            if (!allowed && out == null) {
                out = new StringBuilder(composed.length()).append(composed, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
            if (pair) {
                if (out != null) {
                    out.append(composed.charAt(i + 1));
                }
                i++;
            }
        }
        return out == null ? composed : out.toString();
    }

    /** Read once: every document takes its subset from the same bytes. */
    private static final class Fonts {
        static final byte[] REGULAR = resource("fonts/DejaVuSans.ttf");
        static final byte[] BOLD = resource("fonts/DejaVuSans-Bold.ttf");
        static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

        private static byte[] resource(String name) {
            try (InputStream in = PdfPrinter.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the application: " + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The fonts' ascent, descent and the like, computed once instead of for each document. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }

        /** A value that cannot be computed is not cached: null, and the next document tries again. */
        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    return null;
                }
            });
        }
    }
}
