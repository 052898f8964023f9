package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.application.PlatformTrack;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.SearchKey;
import fr.univlorraine.ieps.kernel.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a file against its mapping and the track, row by row, and says what confirming would write: every problem
 * is listed (a mandatory column the mapping lacks, and in each row a value missing, a bad date or e-mail, an unknown
 * route or one that does not apply on the platform for this track, a number twice in the file, in a status file a
 * number no imported dossier has or a word the mapping does not know). Blank rows are skipped.
 */
@ApplicationScoped
public class ImportCheck {

    static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,30}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-MM-dd"),
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

    /** The platform's and the app's words for each route, compared folded ({@link SearchKey}). */
    private static final Map<String, EntryRoute> ROUTES = new HashMap<>();

    static {
        for (String word : List.of("initiale", "formation initiale", "fi", "initial", "initial education", "etudiant")) {
            ROUTES.put(word, EntryRoute.INITIALE);
        }
        for (String word : List.of("alternance", "formation en alternance", "fa", "apprentissage", "contrat d apprentissage",
                "contrat de professionnalisation", "work study")) {
            ROUTES.put(word, EntryRoute.ALTERNANCE);
        }
        for (String word : List.of("continue", "formation continue", "fc", "reprise d etudes", "continuing education")) {
            ROUTES.put(word, EntryRoute.CONTINUE);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    /** A dossier already imported in the track: its id and its candidate's name. */
    record Imported(Long id, String name) {
    }

    public ImportPreview check(PlatformTrack platform, ImportKind kind, Sheet sheet, Mapping mapping) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<MappingField, Integer> columns = new EnumMap<>(MappingField.class);
        for (MappingField field : kind.fields()) {
            String header = mapping.column(field);
            int index = header == null ? -1 : sheet.headers().indexOf(header);
            if (index >= 0) {
                columns.put(field, index);
            } else if (field.mandatory || header != null) {
                problems.add(new ImportProblem(null, field, ImportError.COLUMN_MISSING, header));
            }
        }
        List<ImportRow> rows = new ArrayList<>();
        if (!problems.isEmpty()) {
            return new ImportPreview(kind, sheet.rows().size(), rows, problems);
        }
        Map<String, Imported> imported = imported(platform.trackId);
        Map<String, Integer> seen = new HashMap<>();
        LocalDate today = clock.nowInParis().toLocalDate();
        for (int i = 0; i < sheet.rows().size(); i++) {
            if (sheet.rows().get(i).stream().allMatch(String::isBlank)) {
                continue;
            }
            int shown = Sheet.shownRow(i);
            Cells cells = new Cells(sheet, i, columns, shown, problems);
            int before = problems.size();
            MappingField numberField = kind == ImportKind.CANDIDATES ? MappingField.NUMBER : MappingField.OUTCOME_NUMBER;
            String number = cells.required(numberField, 30);
            if (number != null && !NUMBER.matcher(number).matches()) {
                cells.problem(numberField, ImportError.NUMBER_INVALID, number);
                number = null;
            }
            if (number != null && seen.putIfAbsent(number, shown) != null) {
                cells.problem(numberField, ImportError.NUMBER_TWICE, number);
            }
            Imported dossier = number == null ? null : imported.get(number);
            if (kind == ImportKind.CANDIDATES) {
                String lastName = cells.required(MappingField.LAST_NAME, 100);
                String firstNames = cells.required(MappingField.FIRST_NAMES, 100);
                String email = cells.required(MappingField.EMAIL, 254);
                if (email != null && !EMAIL.matcher(email).matches()) {
                    cells.problem(MappingField.EMAIL, ImportError.EMAIL_INVALID, email);
                }
                LocalDate birthDate = birthDate(cells, today);
                String diploma = cells.required(MappingField.LAST_DIPLOMA, 200);
                EntryRoute route = route(cells, platform);
                String civility = cells.optional(MappingField.CIVILITY, 10);
                String phone = cells.optional(MappingField.PHONE, 30);
                String nationality = cells.optional(MappingField.NATIONALITY, 100);
                if (problems.size() == before) {
                    rows.add(new ImportRow(shown, number, lastName, firstNames, email.toLowerCase(java.util.Locale.ROOT),
                            birthDate, diploma, route, civility, phone, nationality, null,
                            dossier == null ? null : dossier.id(), dossier == null ? null : dossier.name()));
                }
            } else {
                if (number != null && dossier == null) {
                    cells.problem(MappingField.OUTCOME_NUMBER, ImportError.NUMBER_UNKNOWN, number);
                }
                String word = cells.value(MappingField.OUTCOME);
                if (!mapping.knows(word)) {
                    cells.problem(MappingField.OUTCOME, ImportError.OUTCOME_WORD_UNKNOWN, word);
                }
                if (problems.size() == before) {
                    PlatformOutcome outcome = mapping.outcome(word).orElse(null);
                    rows.add(new ImportRow(shown, number, null, null, null, null, null, null, null, null, null, outcome,
                            dossier.id(), dossier.name()));
                }
            }
        }
        return new ImportPreview(kind, sheet.rows().size(), rows, problems);
    }

    private static LocalDate birthDate(Cells cells, LocalDate today) {
        String text = cells.required(MappingField.BIRTH_DATE, 30);
        if (text == null) {
            return null;
        }
        LocalDate date = date(text);
        if (date == null) {
            cells.problem(MappingField.BIRTH_DATE, ImportError.DATE_INVALID, text);
        } else if (date.isAfter(today.minusYears(16)) || date.isBefore(today.minusYears(100))) {
            cells.problem(MappingField.BIRTH_DATE, ImportError.DATE_OUT_OF_RANGE, text);
        }
        return date;
    }

    /** A date written yyyy-mm-dd (as workbooks' date cells are read) or day/month/year, the French way; null otherwise. */
    static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        return null;
    }

    private static EntryRoute route(Cells cells, PlatformTrack platform) {
        String text = cells.required(MappingField.ROUTE, 100);
        if (text == null) {
            return null;
        }
        EntryRoute route = routeOf(text);
        if (route == null) {
            cells.problem(MappingField.ROUTE, ImportError.ROUTE_UNKNOWN, text);
        } else if (!platform.onPlatform(route)) {
            cells.problem(MappingField.ROUTE, ImportError.ROUTE_NOT_ON_PLATFORM, text);
        }
        return route;
    }

    static EntryRoute routeOf(String text) {
        String folded = SearchKey.of(text);
        return folded == null ? null : ROUTES.get(folded.replaceAll("[^a-z0-9]+", " ").strip());
    }

    /** The dossiers already imported in the track, by platform number. */
    private Map<String, Imported> imported(Long trackId) {
        Map<String, Imported> imported = new HashMap<>();
        List<Object[]> found = em.createQuery("select a.platformNumber, a.id, a.lastName, a.firstName from Application a "
                + "where a.track.id = ?1 and a.platformNumber is not null", Object[].class).setParameter(1, trackId).getResultList();
        for (Object[] row : found) {
            imported.put((String) row[0], new Imported((Long) row[1], Texts.join(" ", (String) row[3], (String) row[2])));
        }
        return imported;
    }

    /** The cells of one row, read through the mapping; each problem found is added with the row's number. */
    private record Cells(Sheet sheet, int index, Map<MappingField, Integer> columns, int shown, List<ImportProblem> problems) {

        String value(MappingField field) {
            Integer column = columns.get(field);
            return column == null ? "" : sheet.cell(index, column).strip();
        }

        String required(MappingField field, int max) {
            String value = value(field);
            if (value.isEmpty()) {
                problem(field, ImportError.VALUE_MISSING, null);
                return null;
            }
            return checkLength(field, value, max);
        }

        String optional(MappingField field, int max) {
            String value = value(field);
            return value.isEmpty() ? null : checkLength(field, value, max);
        }

        private String checkLength(MappingField field, String value, int max) {
            if (value.length() > max) {
                problem(field, ImportError.TOO_LONG, value.substring(0, Math.min(40, value.length())) + "…");
                return null;
            }
            return value;
        }

        void problem(MappingField field, ImportError error, String value) {
            problems.add(new ImportProblem(shown, field, error, value));
        }
    }
}
