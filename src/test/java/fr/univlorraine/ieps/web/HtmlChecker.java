package fr.univlorraine.ieps.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's HTML checker, validator.w3.org/nu), run in the test's JVM: the errors it finds in a
 * page, with their line and the line's text. Warnings and notes are not errors and are left out. One checker reads
 * one page at a time.
 */
public final class HtmlChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;
    private String[] lines = new String[0];

    public HtmlChecker() {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // a warning (or an informative note) is not an error of the page
            }

            @Override
            public void error(SAXParseException e) {
                add(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                add(e);
            }
        };
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML_SCHEMA, collect);
            validator.setUpValidatorAndParsers(collect, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu Html Checker could not start", e);
        }
    }

    /** The checker's errors in this page: empty when it is valid. */
    public synchronized List<String> errors(String html) {
        errors.clear();
        lines = html.split("\n", -1);
        InputSource source = new InputSource(new StringReader(html));
        source.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXParseException e) {
            add(e); // already reported through the handler when it was recoverable
        } catch (Exception e) {
            errors.add("the checker could not read the page: " + e);
        }
        return List.copyOf(new java.util.LinkedHashSet<>(errors));
    }

    private void add(SAXParseException e) {
        int line = e.getLineNumber();
        String text = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
        if (text.length() > 200) {
            int at = Math.max(0, Math.min(e.getColumnNumber() - 100, text.length() - 200));
            text = "…" + text.substring(at, Math.min(text.length(), at + 200)) + "…";
        }
        errors.add("line " + line + ": " + e.getMessage() + "\n      " + text);
    }
}
