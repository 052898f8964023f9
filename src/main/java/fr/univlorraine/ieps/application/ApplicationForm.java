package fr.univlorraine.ieps.application;

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
    public static final List<String> DECLARATIONS = List.of("declarationAccuracy", "declarationPrivacy");
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
            errors.add("entryRoute", "err_choice");
        }
        if (!blank(civility) && !CIVILITIES.contains(civility)) {
            errors.add("civility", "err_choice");
        }
        max(errors, "firstName", firstName, 100);
        max(errors, "lastName", lastName, 100);
        max(errors, "nationality", nationality, 100);
        max(errors, "email", email, 254);
        max(errors, "phone", phone, 30);
        max(errors, "address", address, 255);
        max(errors, "postalCode", postalCode, 20);
        max(errors, "city", city, 100);
        max(errors, "country", country, 100);
        if (!blank(birthDate)) {
            LocalDate date = parseDate(birthDate);
            if (date == null) {
                errors.add("birthDate", "err_date");
            } else if (date.isAfter(today.minusYears(16)) || date.isBefore(today.minusYears(100))) {
                errors.add("birthDate", "err_birth_date_range");
            }
        }
        if (!blank(email) && !errors.has("email") && !EMAIL.matcher(email).matches()) {
            errors.add("email", "err_email");
        }
        if (!blank(phone) && !errors.has("phone") && !PHONE.matcher(phone).matches()) {
            errors.add("phone", "err_phone");
        }
        for (int i = 0; i < degrees.size(); i++) {
            DegreeRow d = degrees.get(i);
            max(errors, "degreeTitle" + i, d.title, 200);
            max(errors, "degreeInstitution" + i, d.institution, 200);
            max(errors, "degreeGrade" + i, d.grade, 50);
            year(errors, "degreeYear" + i, d.year, today);
        }
        for (int i = 0; i < experiences.size(); i++) {
            ExperienceRow e = experiences.get(i);
            max(errors, "expJobTitle" + i, e.jobTitle, 200);
            max(errors, "expOrganisation" + i, e.organisation, 200);
            max(errors, "expDescription" + i, e.description, 1000);
            year(errors, "expStartYear" + i, e.startYear, today);
            year(errors, "expEndYear" + i, e.endYear, today);
            Integer start = parseYear(e.startYear);
            Integer end = parseYear(e.endYear);
            if (start != null && end != null && end < start && !errors.has("expEndYear" + i)) {
                errors.add("expEndYear" + i, "err_end_before_start");
            }
        }
        max(errors, "professionalProject", professionalProject, MAX_PROJECT_LENGTH);
        max(errors, "researchProject", researchProject, MAX_PROJECT_LENGTH);
        if (themes.stream().anyMatch(t -> parseEnum(ResearchTheme.class, t) == null)) {
            errors.add("themes", "err_choice");
        } else if (themes.size() > MAX_THEMES) {
            errors.add("themes", "err_themes_max");
        }
        if (!blank(employerStatus) && parseEnum(EmployerStatus.class, employerStatus) == null) {
            errors.add("employerStatus", "err_choice");
        }
        max(errors, "employerName", employerName, 200);
        return errors;
    }

    /** Everything a complete dossier needs, on top of the draft rules. */
    public FormErrors validateForSubmission(LocalDate today) {
        var errors = validateDraft(today);
        EntryRoute route = parseEnum(EntryRoute.class, entryRoute);
        if (vap && route != EntryRoute.CONTINUE) {
            errors.add("vap", "err_vap_route");
        }
        required(errors, "firstName", firstName);
        required(errors, "lastName", lastName);
        required(errors, "birthDate", birthDate);
        required(errors, "nationality", nationality);
        required(errors, "email", email);
        required(errors, "phone", phone);
        required(errors, "address", address);
        required(errors, "postalCode", postalCode);
        required(errors, "city", city);
        required(errors, "country", country);
        List<DegreeRow> filledDegrees = degrees.stream().filter(d -> !d.isBlank()).toList();
        if (filledDegrees.isEmpty()) {
            errors.add("degreeTitle0", "err_degree_needed");
        }
        for (int i = 0; i < degrees.size(); i++) {
            DegreeRow d = degrees.get(i);
            if (!d.isBlank()) {
                required(errors, "degreeTitle" + i, d.title);
                required(errors, "degreeInstitution" + i, d.institution);
                required(errors, "degreeYear" + i, d.year);
            }
        }
        boolean anyExperience = experiences.stream().anyMatch(e -> !e.isBlank());
        if (route == EntryRoute.CONTINUE && !anyExperience) {
            errors.add("expJobTitle0", "err_experience_needed");
        }
        for (int i = 0; i < experiences.size(); i++) {
            ExperienceRow e = experiences.get(i);
            if (!e.isBlank()) {
                required(errors, "expJobTitle" + i, e.jobTitle);
                required(errors, "expOrganisation" + i, e.organisation);
                required(errors, "expStartYear" + i, e.startYear);
            }
        }
        project(errors, "professionalProject", professionalProject);
        project(errors, "researchProject", researchProject);
        if (themes.isEmpty()) {
            errors.add("themes", "err_themes_min");
        }
        if (route == EntryRoute.ALTERNANCE) {
            EmployerStatus status = parseEnum(EmployerStatus.class, employerStatus);
            if (status == null) {
                errors.add("employerStatus", "err_required");
            } else if (status.namesEmployer()) {
                required(errors, "employerName", employerName);
            }
        }
        if (!declarationAccuracy) {
            errors.add("declarationAccuracy", "err_declaration");
        }
        if (!declarationPrivacy) {
            errors.add("declarationPrivacy", "err_declaration");
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

    public boolean declared(String declaration) {
        return "declarationAccuracy".equals(declaration) ? declarationAccuracy : declarationPrivacy;
    }

    public boolean hasTheme(String theme) {
        return themes.contains(theme);
    }

    // --- helpers -------------------------------------------------------------

    private static void max(FormErrors errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(field, "err_too_long_" + max);
        }
    }

    private static void required(FormErrors errors, String field, String value) {
        if (blank(value)) {
            errors.add(field, "err_required");
        }
    }

    private static void project(FormErrors errors, String field, String value) {
        if (blank(value)) {
            errors.add(field, "err_required");
        } else if (value.trim().length() < MIN_PROJECT_LENGTH) {
            errors.add(field, "err_project_too_short");
        }
    }

    private static void year(FormErrors errors, String field, String value, LocalDate today) {
        if (blank(value)) {
            return;
        }
        Integer year = parseYear(value);
        if (year == null || year < 1950 || year > today.getYear() + 1) {
            errors.add(field, "err_year");
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
