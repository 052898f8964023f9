package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.FormErrors;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the candidate's form sends, read field by field from the request (never bound onto the
 * entity). It is validated twice: lightly to save a draft, fully to submit.
 */
public class ApplicationForm {

    public static final int MIN_PROJECT_LENGTH = 200;
    public static final int MAX_PROJECT_LENGTH = 5000;
    public static final int MAX_THEMES = 3;
    public static final int MAX_ROWS = 15;
    public static final List<ApplicationField> DECLARATIONS = List.of(ApplicationField.declarationAccuracy,
            ApplicationField.declarationPrivacy);
    /** Given to the checks of a field that is not repeated. */
    private static final int NO_ROW = -1;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()-]{6,30}$");
    private static final Set<String> CIVILITIES = Set.of("MME", "M", "X");

    public String entryRoute;
    public boolean vap;
    public String civility;
    public String firstName;
    public String lastName;
    public String birthDate;
    public String nationality;
    public String email;
    public String phone;
    public String address;
    public String postalCode;
    public String city;
    public String country;
    public List<DegreeRow> degrees = new ArrayList<>();
    public List<ExperienceRow> experiences = new ArrayList<>();
    public String professionalProject;
    public String researchProject;
    public Set<String> themes = new java.util.LinkedHashSet<>();
    public String employerStatus;
    public String employerName;
    public boolean declarationAccuracy;
    public boolean declarationPrivacy;
    public long version;

    public static class DegreeRow {
        public String title;
        public String institution;
        public String year;
        public String grade;

        boolean isBlank() {
            return blank(title) && blank(institution) && blank(year) && blank(grade);
        }
    }

    public static class ExperienceRow {
        public String jobTitle;
        public String organisation;
        public String startYear;
        public String endYear;
        public String description;

        boolean isBlank() {
            return blank(jobTitle) && blank(organisation) && blank(startYear) && blank(endYear) && blank(description);
        }
    }

    /** Reads only the fields this form has; anything else in the request is ignored. */
    public static ApplicationForm read(MultivaluedMap<String, String> params) {
        var form = new ApplicationForm();
        form.entryRoute = one(params, "entryRoute");
        form.vap = "on".equals(one(params, "vap"));
        form.civility = one(params, "civility");
        form.firstName = one(params, "firstName");
        form.lastName = one(params, "lastName");
        form.birthDate = one(params, "birthDate");
        form.nationality = one(params, "nationality");
        form.email = one(params, "email");
        form.phone = one(params, "phone");
        form.address = one(params, "address");
        form.postalCode = one(params, "postalCode");
        form.city = one(params, "city");
        form.country = one(params, "country");
        List<String> titles = many(params, "degreeTitle");
        for (int i = 0; i < Math.min(titles.size(), MAX_ROWS); i++) {
            var row = new DegreeRow();
            row.title = titles.get(i);
            row.institution = at(params, "degreeInstitution", i);
            row.year = at(params, "degreeYear", i);
            row.grade = at(params, "degreeGrade", i);
            form.degrees.add(row);
        }
        List<String> jobs = many(params, "expJobTitle");
        for (int i = 0; i < Math.min(jobs.size(), MAX_ROWS); i++) {
            var row = new ExperienceRow();
            row.jobTitle = jobs.get(i);
            row.organisation = at(params, "expOrganisation", i);
            row.startYear = at(params, "expStartYear", i);
            row.endYear = at(params, "expEndYear", i);
            row.description = at(params, "expDescription", i);
            form.experiences.add(row);
        }
        form.professionalProject = one(params, "professionalProject");
        form.researchProject = one(params, "researchProject");
        form.themes.addAll(many(params, "themes"));
        form.employerStatus = one(params, "employerStatus");
        form.employerName = one(params, "employerName");
        form.declarationAccuracy = "on".equals(one(params, "declarationAccuracy"));
        form.declarationPrivacy = "on".equals(one(params, "declarationPrivacy"));
        try {
            form.version = Long.parseLong(one(params, "version") == null ? "-1" : one(params, "version"));
        } catch (NumberFormatException e) {
            form.version = -1;
        }
        return form;
    }

    /** The form as the saved dossier holds it, to fill the page. */
    public static ApplicationForm of(Application app) {
        var form = new ApplicationForm();
        form.entryRoute = app.entryRoute.name();
        form.vap = app.vap;
        form.civility = app.civility;
        form.firstName = app.firstName;
        form.lastName = app.lastName;
        form.birthDate = app.birthDate == null ? null : app.birthDate.toString();
        form.nationality = app.nationality;
        form.email = app.email;
        form.phone = app.phone;
        form.address = app.address;
        form.postalCode = app.postalCode;
        form.city = app.city;
        form.country = app.country;
        for (Degree d : app.degrees) {
            var row = new DegreeRow();
            row.title = d.title;
            row.institution = d.institution;
            row.year = d.year == null ? null : d.year.toString();
            row.grade = d.grade;
            form.degrees.add(row);
        }
        for (Experience e : app.experiences) {
            var row = new ExperienceRow();
            row.jobTitle = e.jobTitle;
            row.organisation = e.organisation;
            row.startYear = e.startYear == null ? null : e.startYear.toString();
            row.endYear = e.endYear == null ? null : e.endYear.toString();
            row.description = e.description;
            form.experiences.add(row);
        }
        form.professionalProject = app.professionalProject;
        form.researchProject = app.researchProject;
        app.themes.forEach(t -> form.themes.add(t.name()));
        form.employerStatus = app.employerStatus == null ? null : app.employerStatus.name();
        form.employerName = app.employerName;
        form.declarationAccuracy = app.declarationAccuracy;
        form.declarationPrivacy = app.declarationPrivacy;
        form.version = app.version;
        return form;
    }

    /** Rules that hold even for a draft: lengths, formats, known values. */
    public FormErrors validateDraft(LocalDate today) {
        var errors = new FormErrors();
        if (parseEnum(EntryRoute.class, entryRoute) == null) {
            errors.add(ApplicationField.entryRoute, FieldError.CHOICE);
        }
        if (!blank(civility) && !CIVILITIES.contains(civility)) {
            errors.add(ApplicationField.civility, FieldError.CHOICE);
        }
        max(errors, ApplicationField.firstName, NO_ROW, firstName, 100);
        max(errors, ApplicationField.lastName, NO_ROW, lastName, 100);
        max(errors, ApplicationField.nationality, NO_ROW, nationality, 100);
        max(errors, ApplicationField.email, NO_ROW, email, 254);
        max(errors, ApplicationField.phone, NO_ROW, phone, 30);
        max(errors, ApplicationField.address, NO_ROW, address, 255);
        max(errors, ApplicationField.postalCode, NO_ROW, postalCode, 20);
        max(errors, ApplicationField.city, NO_ROW, city, 100);
        max(errors, ApplicationField.country, NO_ROW, country, 100);
        if (!blank(birthDate)) {
            LocalDate date = parseDate(birthDate);
            if (date == null) {
                errors.add(ApplicationField.birthDate, FieldError.DATE);
            } else if (date.isAfter(today.minusYears(16)) || date.isBefore(today.minusYears(100))) {
                errors.add(ApplicationField.birthDate, ApplicationError.BIRTH_DATE_RANGE);
            }
        }
        if (!blank(email) && !errors.has("email") && !EMAIL.matcher(email).matches()) {
            errors.add(ApplicationField.email, FieldError.EMAIL);
        }
        if (!blank(phone) && !errors.has("phone") && !PHONE.matcher(phone).matches()) {
            errors.add(ApplicationField.phone, FieldError.PHONE);
        }
        for (int i = 0; i < degrees.size(); i++) {
            DegreeRow d = degrees.get(i);
            max(errors, ApplicationField.degreeTitle, i, d.title, 200);
            max(errors, ApplicationField.degreeInstitution, i, d.institution, 200);
            max(errors, ApplicationField.degreeGrade, i, d.grade, 50);
            year(errors, ApplicationField.degreeYear, i, d.year, today);
        }
        for (int i = 0; i < experiences.size(); i++) {
            ExperienceRow e = experiences.get(i);
            max(errors, ApplicationField.expJobTitle, i, e.jobTitle, 200);
            max(errors, ApplicationField.expOrganisation, i, e.organisation, 200);
            max(errors, ApplicationField.expDescription, i, e.description, 1000);
            year(errors, ApplicationField.expStartYear, i, e.startYear, today);
            year(errors, ApplicationField.expEndYear, i, e.endYear, today);
            Integer start = parseYear(e.startYear);
            Integer end = parseYear(e.endYear);
            if (start != null && end != null && end < start && !errors.has("expEndYear" + i)) {
                errors.add(ApplicationField.expEndYear, i, ApplicationError.END_BEFORE_START);
            }
        }
        max(errors, ApplicationField.professionalProject, NO_ROW, professionalProject, MAX_PROJECT_LENGTH);
        max(errors, ApplicationField.researchProject, NO_ROW, researchProject, MAX_PROJECT_LENGTH);
        if (themes.stream().anyMatch(t -> parseEnum(ResearchTheme.class, t) == null)) {
            errors.add(ApplicationField.themes, FieldError.CHOICE);
        } else if (themes.size() > MAX_THEMES) {
            errors.add(ApplicationField.themes, ApplicationError.THEMES_MAX);
        }
        if (!blank(employerStatus) && parseEnum(EmployerStatus.class, employerStatus) == null) {
            errors.add(ApplicationField.employerStatus, FieldError.CHOICE);
        }
        max(errors, ApplicationField.employerName, NO_ROW, employerName, 200);
        return errors;
    }

    /** Everything a complete dossier needs, on top of the draft rules. */
    public FormErrors validateForSubmission(LocalDate today) {
        var errors = validateDraft(today);
        EntryRoute route = parseEnum(EntryRoute.class, entryRoute);
        if (vap && route != EntryRoute.CONTINUE) {
            errors.add(ApplicationField.vap, ApplicationError.VAP_ROUTE);
        }
        required(errors, ApplicationField.firstName, NO_ROW, firstName);
        required(errors, ApplicationField.lastName, NO_ROW, lastName);
        required(errors, ApplicationField.birthDate, NO_ROW, birthDate);
        required(errors, ApplicationField.nationality, NO_ROW, nationality);
        required(errors, ApplicationField.email, NO_ROW, email);
        required(errors, ApplicationField.phone, NO_ROW, phone);
        required(errors, ApplicationField.address, NO_ROW, address);
        required(errors, ApplicationField.postalCode, NO_ROW, postalCode);
        required(errors, ApplicationField.city, NO_ROW, city);
        required(errors, ApplicationField.country, NO_ROW, country);
        List<DegreeRow> filledDegrees = degrees.stream().filter(d -> !d.isBlank()).toList();
        if (filledDegrees.isEmpty()) {
            errors.add(ApplicationField.degreeTitle, 0, ApplicationError.DEGREE_NEEDED);
        }
        for (int i = 0; i < degrees.size(); i++) {
            DegreeRow d = degrees.get(i);
            if (!d.isBlank()) {
                required(errors, ApplicationField.degreeTitle, i, d.title);
                required(errors, ApplicationField.degreeInstitution, i, d.institution);
                required(errors, ApplicationField.degreeYear, i, d.year);
            }
        }
        boolean anyExperience = experiences.stream().anyMatch(e -> !e.isBlank());
        if (route == EntryRoute.CONTINUE && !anyExperience) {
            errors.add(ApplicationField.expJobTitle, 0, ApplicationError.EXPERIENCE_NEEDED);
        }
        for (int i = 0; i < experiences.size(); i++) {
            ExperienceRow e = experiences.get(i);
            if (!e.isBlank()) {
                required(errors, ApplicationField.expJobTitle, i, e.jobTitle);
                required(errors, ApplicationField.expOrganisation, i, e.organisation);
                required(errors, ApplicationField.expStartYear, i, e.startYear);
            }
        }
        project(errors, ApplicationField.professionalProject, NO_ROW, professionalProject);
        project(errors, ApplicationField.researchProject, NO_ROW, researchProject);
        if (themes.isEmpty()) {
            errors.add(ApplicationField.themes, ApplicationError.THEMES_MIN);
        }
        if (route == EntryRoute.ALTERNANCE) {
            EmployerStatus status = parseEnum(EmployerStatus.class, employerStatus);
            if (status == null) {
                errors.add(ApplicationField.employerStatus, FieldError.REQUIRED);
            } else if (status.namesEmployer()) {
                required(errors, ApplicationField.employerName, NO_ROW, employerName);
            }
        }
        if (!declarationAccuracy) {
            errors.add(ApplicationField.declarationAccuracy, ApplicationError.DECLARATION);
        }
        if (!declarationPrivacy) {
            errors.add(ApplicationField.declarationPrivacy, ApplicationError.DECLARATION);
        }
        return errors;
    }

    /** Copies a draft-valid form onto the dossier. Blank rows are dropped. */
    public void applyTo(Application app) {
        app.entryRoute = EntryRoute.valueOf(entryRoute);
        app.vap = vap && app.entryRoute == EntryRoute.CONTINUE;
        app.civility = trim(civility);
        app.firstName = trim(firstName);
        app.lastName = trim(lastName);
        app.birthDate = blank(birthDate) ? null : parseDate(birthDate);
        app.nationality = trim(nationality);
        app.email = trim(email);
        app.phone = trim(phone);
        app.address = trim(address);
        app.postalCode = trim(postalCode);
        app.city = trim(city);
        app.country = trim(country);
        app.degrees.clear();
        for (DegreeRow row : degrees) {
            if (!row.isBlank()) {
                var d = new Degree();
                d.title = trim(row.title);
                d.institution = trim(row.institution);
                d.year = parseYear(row.year);
                d.grade = trim(row.grade);
                app.degrees.add(d);
            }
        }
        app.experiences.clear();
        for (ExperienceRow row : experiences) {
            if (!row.isBlank()) {
                var e = new Experience();
                e.jobTitle = trim(row.jobTitle);
                e.organisation = trim(row.organisation);
                e.startYear = parseYear(row.startYear);
                e.endYear = parseYear(row.endYear);
                e.description = trim(row.description);
                app.experiences.add(e);
            }
        }
        app.professionalProject = trim(professionalProject);
        app.researchProject = trim(researchProject);
        var chosen = EnumSet.noneOf(ResearchTheme.class);
        themes.forEach(t -> chosen.add(ResearchTheme.valueOf(t)));
        app.themes.clear();
        app.themes.addAll(chosen);
        if (app.entryRoute == EntryRoute.ALTERNANCE) {
            app.employerStatus = blank(employerStatus) ? null : EmployerStatus.valueOf(employerStatus);
            app.employerName = app.employerStatus != null && app.employerStatus.namesEmployer() ? trim(employerName) : null;
        } else {
            app.employerStatus = null;
            app.employerName = null;
        }
        app.declarationAccuracy = declarationAccuracy;
        app.declarationPrivacy = declarationPrivacy;
    }

    public void addDegreeRow() {
        if (degrees.size() < MAX_ROWS) {
            degrees.add(new DegreeRow());
        }
    }

    public void addExperienceRow() {
        if (experiences.size() < MAX_ROWS) {
            experiences.add(new ExperienceRow());
        }
    }

    public boolean declared(ApplicationField declaration) {
        return declaration == ApplicationField.declarationAccuracy ? declarationAccuracy : declarationPrivacy;
    }

    public boolean hasTheme(String theme) {
        return themes.contains(theme);
    }

    // --- helpers -------------------------------------------------------------

    private static void max(FormErrors errors, ApplicationField field, int row, String value, int max) {
        if (value != null && value.trim().length() > max) {
            add(errors, field, row, FieldError.tooLong(max));
        }
    }

    private static void required(FormErrors errors, ApplicationField field, int row, String value) {
        if (blank(value)) {
            add(errors, field, row, FieldError.REQUIRED);
        }
    }

    private static void project(FormErrors errors, ApplicationField field, int row, String value) {
        if (blank(value)) {
            add(errors, field, row, FieldError.REQUIRED);
        } else if (value.trim().length() < MIN_PROJECT_LENGTH) {
            add(errors, field, row, ApplicationError.PROJECT_TOO_SHORT);
        }
    }

    private static void year(FormErrors errors, ApplicationField field, int row, String value, LocalDate today) {
        if (blank(value)) {
            return;
        }
        Integer year = parseYear(value);
        if (year == null || year < 1950 || year > today.getYear() + 1) {
            add(errors, field, row, FieldError.YEAR);
        }
    }

    /** An error on a field, or on one row of a repeated field when row is not NO_ROW. */
    private static void add(FormErrors errors, ApplicationField field, int row, Localizable error) {
        if (row == NO_ROW) {
            errors.add(field, error);
        } else {
            errors.add(field, row, error);
        }
    }

    static Integer parseYear(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }

    private static String one(MultivaluedMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? null : value.replace("\r\n", "\n");
    }

    private static List<String> many(MultivaluedMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values;
    }

    private static String at(MultivaluedMap<String, String> params, String name, int index) {
        List<String> values = many(params, name);
        return index < values.size() ? values.get(index) : null;
    }
}
