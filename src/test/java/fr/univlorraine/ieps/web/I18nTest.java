package fr.univlorraine.ieps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.univlorraine.ieps.application.ApplicationForm;
import fr.univlorraine.ieps.application.DegreeRow;
import fr.univlorraine.ieps.application.ExperienceRow;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * The interface exists in French and English: both languages have the same texts, templates hold no
 * hard-coded words, and every message key the templates or the Java code ask for exists. Plain
 * JUnit on the source files: no application start needed.
 */
class I18nTest {

    /** Every message bundle: {msg:...}, {pub:...} and so on, each with a _fr and an _en file. */
    static final List<String> BUNDLES = List.of("msg", "pub", "form", "doc", "rev", "rank", "adm", "dash", "dec", "mot", "exp", "camp",
            "cand", "sub", "ws", "srch", "note", "enr", "staff", "pref", "msgs", "pimp", "cont", "plat", "chan", "ppdf",
            "aud", "rights", "ret", "rec");

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA_SOURCES = Path.of("src/main/java");

    /** Message-bundle parameters such as {count}. */
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    /** A literal key: {msg:list_title}, {pub:home_h1}, confirm=msg:withdraw_confirm; msg:message(...) is dynamic. */
    private static final Pattern LITERAL_KEY = Pattern.compile("\\b(" + String.join("|", I18nTest.BUNDLES) + "):([A-Za-z_][\\w$]*+)(?!\\()");
    private static final Pattern QUTE_COMMENT = Pattern.compile("\\{!.*?!}", Pattern.DOTALL);
    private static final Pattern INNERMOST_QUTE = Pattern.compile("\\{[^{}]*}");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile(
            "<(script|style)\\b[^>]*>.*?</\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<(/?[A-Za-z!][\\w-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    /** Entities that stand for punctuation or spaces; any other one (&eacute;...) counts as text. */
    private static final Pattern PUNCTUATION_ENTITY = Pattern.compile(
            "&(nbsp|ndash|mdash|middot|larr|rarr|amp|lt|gt|quot|apos|hellip|laquo|raquo|times|#\\d+|#x[0-9a-fA-F]+);");
    /** Attributes whose text a user sees or hears. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label");
    /** Input types whose value is the visible label of a button. */
    private static final Set<String> BUTTON_INPUT_TYPES = Set.of("submit", "button", "reset");

    // --- (a) the bundles -----------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("bundles")
    void frenchAndEnglishHaveTheSameKeys(String bundle) {
        Set<String> fr = bundle(bundle, "fr").stringPropertyNames();
        Set<String> en = bundle(bundle, "en").stringPropertyNames();
        assertNoFailure(
                missingMessage(bundle + "_en.properties", "the French file has", difference(fr, en)),
                missingMessage(bundle + "_fr.properties", "the English file has", difference(en, fr)));
    }

    @ParameterizedTest
    @MethodSource("files")
    void noMessageIsEmpty(String file) {
        Properties messages = load(MESSAGES.resolve(file + ".properties"));
        Set<String> empty = messages.stringPropertyNames().stream()
                .filter(key -> messages.getProperty(key).isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(empty.isEmpty(), file + ".properties has empty messages: " + empty);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bothLanguagesUseTheSameParameters(String bundle) {
        Properties fr = bundle(bundle, "fr");
        Properties en = bundle(bundle, "en");
        Map<String, String> different = new TreeMap<>();
        for (String key : fr.stringPropertyNames()) {
            if (en.containsKey(key)) {
                Set<String> frParams = parameters(fr.getProperty(key));
                Set<String> enParams = parameters(en.getProperty(key));
                if (!frParams.equals(enParams)) {
                    different.put(key, "fr " + frParams + " / en " + enParams);
                }
            }
        }
        assertTrue(different.isEmpty(), bundle + ": a translation uses other parameters than the French text: "
                + different);
    }

    // --- (b) no hard-coded text in templates ---------------------------------------------------

    @Test
    void templatesHardCodeNoText() {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String text = blankOut(TAG, markupOnly(template));
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = PUNCTUATION_ENTITY.matcher(lines[i]).replaceAll(" ");
                if (line.codePoints().anyMatch(Character::isLetter)) {
                    problems.add(TEMPLATES.relativize(template) + ":" + (i + 1) + " \"" + line.strip() + "\"");
                }
            }
        }
        assertTrue(problems.isEmpty(),
                "Templates hard-code text instead of using {msg:...}/{pub:...}:\n  " + String.join("\n  ", problems));
    }

    @Test
    void textAttributesHoldOnlyExpressions() {
        List<String> problems = new ArrayList<>();
        for (Path template : htmlTemplates()) {
            String markup = markupOnly(template);
            Matcher tag = TAG.matcher(markup);
            while (tag.find()) {
                Map<String, String> attributes = attributes(tag.group(2));
                boolean buttonInput = tag.group(1).equalsIgnoreCase("input")
                        && BUTTON_INPUT_TYPES.contains(attributes.getOrDefault("type", "").strip().toLowerCase());
                attributes.forEach((name, value) -> {
                    boolean visible = TEXT_ATTRIBUTES.contains(name) || buttonInput && name.equals("value");
                    if (visible && value.codePoints().anyMatch(Character::isLetter)) {
                        problems.add(TEMPLATES.relativize(template) + ":" + lineOf(markup, tag.start()) + " <"
                                + tag.group(1) + " " + name + "=\"" + value.strip() + "\">");
                    }
                });
            }
        }
        assertTrue(problems.isEmpty(),
                "Visible attributes hard-code text instead of an expression:\n  " + String.join("\n  ", problems));
    }

    // --- (c) every key asked for exists --------------------------------------------------------

    @Test
    void keysNamedInTemplatesExist() {
        Map<String, Set<String>> used = new java.util.HashMap<>();
        BUNDLES.forEach(b -> used.put(b, new TreeSet<>()));
        for (Path template : templates()) {
            String source = read(template);
            Matcher key = LITERAL_KEY.matcher(source);
            while (key.find()) {
                if (!key.group(2).equals("message")) {
                    used.get(key.group(1)).add(key.group(2));
                }
            }
        }
        assertFalse(used.get("msg").isEmpty(), "no {msg:...} found: is the template directory right?");
        BUNDLES.forEach(b -> assertKeysExist(b, used.get(b), "templates"));
    }

    @Test
    void templatesLookNoTextUpByAKeyBuiltAtRunTime() {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            String[] lines = read(template).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(":message(") || lines[i].contains("str:concat")) {
                    found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + " " + lines[i].strip());
                }
            }
        }
        assertTrue(found.isEmpty(), "A text must be a method of a bundle the build checks ({msg:key}, {cand:status(app.status)},"
                + " {errors.get('x').localized}), never a key assembled at run time:\n  " + String.join("\n  ", found));
    }

    @Test
    void javaLooksNoTextUpByAKey() {
        List<String> found = new ArrayList<>();
        // a key handed to a lookup; a record's accessor message() is not one
        Pattern lookup = Pattern.compile("\\.message\\((?!\\))|getMessage\\(\"|new RuleViolation\\(\"|\\.add\\(\"\\w+\", \"");
        for (Path source : javaSources()) {
            Matcher m = lookup.matcher(read(source));
            while (m.find()) {
                found.add(JAVA_SOURCES.relativize(source) + ": " + m.group());
            }
        }
        assertTrue(found.isEmpty(), "texts are typed (an enum and its bundle method), not looked up by a key: " + found);
    }

    @Test
    void everyLengthLimitOfTheApplicationFormHasItsText() {
        for (int max : maxLengthsOfApplicationForm()) {
            assertEquals("TOO_LONG_" + max, FieldError.tooLong(max).name());
        }
    }

    // --- reading the sources -------------------------------------------------------------------

    /** The limits of the application form's {@code @Size(max = N)} said as "too long", on the form and its lines. */
    private static Set<Integer> maxLengthsOfApplicationForm() {
        Set<Integer> limits = new TreeSet<>();
        for (Class<?> form : List.of(ApplicationForm.class, DegreeRow.class, ExperienceRow.class)) {
            for (Field field : form.getDeclaredFields()) {
                for (Size size : field.getAnnotationsByType(Size.class)) {
                    if (size.min() == 0 && size.message().startsWith("{")) {
                        limits.add(size.max());
                    }
                }
            }
        }
        assertFalse(limits.isEmpty(), "no @Size(max = ...) found on the application form");
        return limits;
    }

    /**
     * The template with everything that is not page text blanked out (Qute comments and
     * expressions, HTML comments, scripts and styles), keeping line breaks so line numbers hold.
     */
    private static String markupOnly(Path template) {
        String text = blankOut(QUTE_COMMENT, read(template));
        text = blankOut(HTML_COMMENT, text);
        text = blankOut(SCRIPT_OR_STYLE, text);
        String previous;
        do {
            previous = text;
            text = blankOut(INNERMOST_QUTE, text);
        } while (!text.equals(previous));
        return text;
    }

    private static String blankOut(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(m -> m.group().replaceAll("[^\n]", " "));
    }

    private static Map<String, String> attributes(String tagBody) {
        Map<String, String> attributes = new TreeMap<>();
        Matcher m = ATTRIBUTE.matcher(tagBody);
        while (m.find()) {
            attributes.put(m.group(1).toLowerCase(), m.group(3) != null ? m.group(3) : m.group(4));
        }
        return attributes;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Set<String> parameters(String message) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAMETER.matcher(message);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<Path> templates() {
        return files(TEMPLATES, p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt"));
    }

    private static List<Path> htmlTemplates() {
        return files(TEMPLATES, p -> p.toString().endsWith(".html"));
    }

    private static List<Path> javaSources() {
        return files(JAVA_SOURCES, p -> p.toString().endsWith(".java"));
    }

    private static List<Path> files(Path root, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> found = walk.filter(Files::isRegularFile).filter(filter).sorted().toList();
            assertFalse(found.isEmpty(), "no file under " + root.toAbsolutePath());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> bundles() {
        return BUNDLES.stream();
    }

    static Stream<String> files() {
        return BUNDLES.stream().flatMap(b -> Stream.of(b + "_fr", b + "_en"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String name, String lang) {
        return load(MESSAGES.resolve(name + "_" + lang + ".properties"));
    }

    /** Qute reads message files as UTF-8. */
    private static Properties load(Path file) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    // --- assertions ----------------------------------------------------------------------------

    /** Every key exists, non-empty, in the French and the English file of the bundle. */
    private static void assertKeysExist(String bundle, Collection<String> keys, String usedBy) {
        List<String> failures = new ArrayList<>();
        for (String lang : Ui.LANGUAGES) {
            Properties messages = bundle(bundle, lang);
            Set<String> missing = keys.stream().filter(k -> !messages.containsKey(k))
                    .collect(Collectors.toCollection(TreeSet::new));
            String failure = missingMessage(bundle + "_" + lang + ".properties", usedBy + " use", missing);
            if (failure != null) {
                failures.add(failure);
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static String missingMessage(String file, String who, Set<String> missing) {
        return missing.isEmpty() ? null : file + " lacks " + missing.size() + " key(s) " + who + ": " + missing;
    }

    private static void assertNoFailure(String... failures) {
        String message = Arrays.stream(failures).filter(f -> f != null).collect(Collectors.joining("\n"));
        assertTrue(message.isEmpty(), message);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static <T> List<String> prefixed(String prefix, T[] values) {
        return prefixed(prefix, Arrays.asList(values));
    }

    private static List<String> prefixed(String prefix, Collection<?> values) {
        Function<Object, String> key = v -> prefix + (v instanceof Enum<?> e ? e.name() : v.toString());
        return values.stream().map(key).toList();
    }
}
