package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small helpers for templates: dates in Paris time and the page's language, sizes, scores. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter FR_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH);
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FR_NUMERIC_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

    private static DateTimeFormatter dateFormat(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? FR_DATE : EN_DATE;
    }

    /** "12 mars 2027 à 14:05" / "12 March 2027, 14:05", in Europe/Paris. */
    static String dateTime(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (instant == null) {
            return "";
        }
        return ("fr".equals(toLocale(locale).getLanguage()) ? FR_DATE_TIME : EN_DATE_TIME).format(instant.atZone(AppClock.PARIS));
    }

    /** "12 mars 2027" / "12 March 2027", in Europe/Paris. */
    static String date(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (instant == null) {
            return "";
        }
        return dateFormat(toLocale(locale)).format(instant.atZone(AppClock.PARIS));
    }

    /** A file size in kilobytes, rounded up, for display. */
    static Integer kb(Long bytes) {
        return bytes == null ? 0 : (int) Math.max(1, (bytes + 1023) / 1024);
    }

    /** A calendar day in the page's language: "12 mai 2027" / "12 May 2027". */
    static String day(java.time.LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date == null ? "" : dateFormat(toLocale(locale)).format(date);
    }

    /** A birth date as administrative forms write it: "02/03/2001" in French, "2 March 2001" in English. */
    static String birthDay(java.time.LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (date == null) {
            return "";
        }
        return "fr".equals(toLocale(locale).getLanguage()) ? FR_NUMERIC_DATE.format(date) : EN_DATE.format(date);
    }

    /** A score in the page's language: "14,25" in French, "14.25" in English; empty when none. */
    static String decimal(java.math.BigDecimal value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return "fr".equals(toLocale(locale).getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /** A typed text (error, label, confirmation) in the page's language: {@code {errors.get('email').localized}}. */
    static String localized(fr.univlorraine.ieps.kernel.Localizable text,
            @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return text == null ? "" : text.text(toLocale(locale).getLanguage());
    }

    /**
     * The ISO form for a machine-readable {@code <time datetime>} attribute, to the second: HTML allows at most three
     * digits of a second's fraction, and a stored instant may have six.
     */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** The request's {@link Ui} as resolved by a container (once per container: a page asks at every date and text). */
    private record UiLookup(ArcContainer container, InjectableInstance<Ui> ui) {
    }

    private static volatile UiLookup lookup;

    /** The page's language as {@link Ui} resolved it; the template attribute when rendered outside a request. */
    private static Locale toLocale(Object locale) {
        ArcContainer container = Arc.container();
        if (container.requestContext().isActive()) {
            try {
                UiLookup current = lookup;
                if (current == null || current.container() != container) {
                    current = new UiLookup(container, container.select(Ui.class));
                    lookup = current;
                }
                return current.ui().get().locale();
            } catch (RuntimeException notAnHttpRequest) {
                // fall through to the template's own attribute
            }
        }
        if (locale instanceof Locale l) {
            return l;
        }
        return locale == null ? Locale.FRENCH : Locale.forLanguageTag(locale.toString());
    }
}
