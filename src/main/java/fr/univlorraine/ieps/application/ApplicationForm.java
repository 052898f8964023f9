package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.application.FormValues.addLine;
import static fr.univlorraine.ieps.application.FormValues.at;
import static fr.univlorraine.ieps.application.FormValues.blank;
import static fr.univlorraine.ieps.application.FormValues.box;
import static fr.univlorraine.ieps.application.FormValues.column;
import static fr.univlorraine.ieps.application.FormValues.constant;
import static fr.univlorraine.ieps.application.FormValues.date;
import static fr.univlorraine.ieps.application.FormValues.lines;
import static fr.univlorraine.ieps.application.FormValues.longText;
import static fr.univlorraine.ieps.application.FormValues.removeLine;
import static fr.univlorraine.ieps.application.FormValues.text;
import static fr.univlorraine.ieps.application.FormValues.ticked;
import static fr.univlorraine.ieps.application.FormValues.trim;

import fr.univlorraine.ieps.web.FormOf;
import fr.univlorraine.ieps.web.FormVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the dossier form sends, bound field by field (never onto the entity), as typed (long texts trimmed, with "\n"
 * line ends). The default group of its constraints is what even a draft respects (lengths, formats, known values);
 * {@link Submit} is what a complete dossier needs. Repeated fields arrive as columns and are read as lines
 * ({@link #degrees()}, {@link #experiences()}). A getter {@code isX()} is a rule of field X, not the page's data.
 */
@FormOf(fields = ApplicationField.class, errors = ApplicationError.class)
public record ApplicationForm(
        @RestForm @NotBlank(message = "CHOICE") @OneOf(EntryRoute.class) String entryRoute,
        @RestForm String vap,
        @RestForm @Pattern(regexp = "\\s*|MME|M|X", message = "CHOICE") String civility,
        @RestForm @NotBlank(groups = Submit.class) @Size(max = 100) String firstName,
        @RestForm @NotBlank(groups = Submit.class) @Size(max = 100) String lastName,
        @RestForm @NotBlank(groups = Submit.class) @BirthDate String birthDate,
        @RestForm @NotBlank(groups = Submit.class) @Size(max = 100) String nationality,
        @RestForm @NotBlank(groups = Submit.class) @Size(max = 254)
        @Pattern(regexp = "\\s*|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "EMAIL") String email,
        @RestForm @NotBlank(groups = Submit.class) @Size(max = 30)
        @Pattern(regexp = "\\s*|\\+?[0-9 .()-]{6,30}", message = "PHONE") String phone,
        @RestForm @NotBlank(groups = Submit.class) @Size(max = 255) String address,
        @RestForm @NotBlank(groups = Submit.class) @Size(max = 20) String postalCode,
        @RestForm @NotBlank(groups = Submit.class) @Size(max = 100) String city,
        @RestForm @NotBlank(groups = Submit.class) @Size(max = 100) String country,
        @RestForm List<String> degreeTitle,
        @RestForm List<String> degreeInstitution,
        @RestForm List<String> degreeYear,
        @RestForm List<String> degreeGrade,
        @RestForm List<String> expJobTitle,
        @RestForm List<String> expOrganisation,
        @RestForm List<String> expStartYear,
        @RestForm List<String> expEndYear,
        @RestForm List<String> expDescription,
        @RestForm @NotBlank(groups = Submit.class) @Size(max = 5000)
        @Size(min = 200, groups = Submit.class, message = "PROJECT_TOO_SHORT") String professionalProject,
        @RestForm @NotBlank(groups = Submit.class) @Size(max = 5000)
        @Size(min = 200, groups = Submit.class, message = "PROJECT_TOO_SHORT") String researchProject,
        @RestForm @OneOf(ResearchTheme.class) @Size(max = 3, message = "THEMES_MAX")
        @NotEmpty(groups = Submit.class, message = "THEMES_MIN") Set<String> themes,
        @RestForm @OneOf(EmployerStatus.class) String employerStatus,
        @RestForm @Size(max = 200) String employerName,
        @RestForm @OneOf(Funding.class) String funding,
        @RestForm @Size(max = 200) String fundingOther,
        @RestForm String declarationAccuracy,
        @RestForm String declarationPrivacy,
        @RestForm String version) {

    /** What a complete dossier needs, on top of the draft rules. */
    public interface Submit extends Default {
    }

    /** What the first line of a table needs when no line is begun. */
    interface FirstLine {
    }

    public static final List<ApplicationField> DECLARATIONS = List.of(ApplicationField.declarationAccuracy,
            ApplicationField.declarationPrivacy);

    public ApplicationForm {
        degreeTitle = column(degreeTitle, v -> v);
        degreeInstitution = column(degreeInstitution, v -> v);
        degreeYear = column(degreeYear, v -> v);
        degreeGrade = column(degreeGrade, v -> v);
        expJobTitle = column(expJobTitle, v -> v);
        expOrganisation = column(expOrganisation, v -> v);
        expStartYear = column(expStartYear, v -> v);
        expEndYear = column(expEndYear, v -> v);
        expDescription = column(expDescription, FormValues::longText);
        professionalProject = longText(professionalProject);
        researchProject = longText(researchProject);
        themes = themes == null ? Set.of() : themes;
    }

    /** The same answers, drawn from another version of the dossier (the draft they were just saved as). */
    ApplicationForm withVersion(long newVersion) {
        return new ApplicationForm(entryRoute, vap, civility, firstName, lastName, birthDate, nationality, email, phone,
                address, postalCode, city, country, degreeTitle, degreeInstitution, degreeYear, degreeGrade, expJobTitle,
                expOrganisation, expStartYear, expEndYear, expDescription, professionalProject, researchProject, themes,
                employerStatus, employerName, funding, fundingOther, declarationAccuracy, declarationPrivacy,
                String.valueOf(newVersion));
    }

    /** The form as the saved dossier holds it, to fill the page. */
    static ApplicationForm of(Application app) {
        return new ApplicationForm(app.entryRoute.name(), box(app.vap), app.civility, app.firstName, app.lastName,
                text(app.birthDate), app.nationality, app.email, app.phone, app.address, app.postalCode, app.city,
                app.country, column(app.degrees, d -> d.title), column(app.degrees, d -> d.institution),
                column(app.degrees, d -> text(d.year)), column(app.degrees, d -> d.grade),
                column(app.experiences, e -> e.jobTitle), column(app.experiences, e -> e.organisation),
                column(app.experiences, e -> text(e.startYear)), column(app.experiences, e -> text(e.endYear)),
                column(app.experiences, e -> e.description), app.professionalProject, app.researchProject,
                app.themes.stream().map(Enum::name).collect(Collectors.toSet()), text(app.employerStatus),
                app.employerName, text(app.funding), app.fundingOther, box(app.declarationAccuracy), box(app.declarationPrivacy), text(app.version));
    }

    /** Copies a form that passes the draft rules onto the dossier, trimmed; blank lines are dropped. */
    void applyTo(Application app) {
        app.entryRoute = EntryRoute.valueOf(entryRoute);
        app.vap = ticked(vap) && app.entryRoute == EntryRoute.CONTINUE;
        app.civility = trim(civility);
        app.firstName = trim(firstName);
        app.lastName = trim(lastName);
        app.birthDate = date(birthDate);
        app.nationality = trim(nationality);
        app.email = trim(email);
        app.phone = trim(phone);
        app.address = trim(address);
        app.postalCode = trim(postalCode);
        app.city = trim(city);
        app.country = trim(country);
        app.degrees.clear();
        degrees().stream().filter(row -> !row.blank()).forEach(row -> app.degrees.add(row.toDegree()));
        app.experiences.clear();
        experiences().stream().filter(row -> !row.blank()).forEach(row -> app.experiences.add(row.toExperience()));
        app.professionalProject = trim(professionalProject);
        app.researchProject = trim(researchProject);
        app.themes.clear();
        themes.forEach(theme -> app.themes.add(ResearchTheme.valueOf(theme)));
        app.employerStatus = app.entryRoute == EntryRoute.ALTERNANCE ? employer() : null;
        app.employerName = app.employerStatus != null && app.employerStatus.namesEmployer() ? trim(employerName) : null;
        app.funding = app.entryRoute == EntryRoute.CONTINUE ? financing() : null;
        app.fundingOther = app.funding != null && app.funding.needsDetail() ? trim(fundingOther) : null;
        app.declarationAccuracy = ticked(declarationAccuracy);
        app.declarationPrivacy = ticked(declarationPrivacy);
    }

    /** Validation of prior experience is for continuing education only. */
    @AssertTrue(groups = Submit.class, message = "VAP_ROUTE")
    boolean isVap() {
        return !ticked(vap) || EntryRoute.CONTINUE.name().equals(entryRoute);
    }

    @AssertTrue(message = "DATE")
    boolean isBirthDate() {
        return blank(birthDate) || date(birthDate) != null;
    }

    /** Work-study: where the candidate stands with an employer, and the employer's name once there is one. */
    @AssertTrue(groups = Submit.class, message = "REQUIRED")
    boolean isEmployerStatus() {
        return !alternance() || !blank(employerStatus);
    }

    @AssertTrue(groups = Submit.class, message = "REQUIRED")
    boolean isEmployerName() {
        return !alternance() || employer() == null || !employer().namesEmployer() || !blank(employerName);
    }

    /** Continuing education: who pays for the training, and what it is when "other". */
    @AssertTrue(groups = Submit.class, message = "REQUIRED")
    boolean isFunding() {
        return !continuing() || !blank(funding);
    }

    @AssertTrue(groups = Submit.class, message = "REQUIRED")
    boolean isFundingOther() {
        return !continuing() || financing() == null || !financing().needsDetail() || !blank(fundingOther);
    }

    @AssertTrue(groups = Submit.class, message = "DECLARATION")
    boolean isDeclarationAccuracy() {
        return ticked(declarationAccuracy);
    }

    @AssertTrue(groups = Submit.class, message = "DECLARATION")
    boolean isDeclarationPrivacy() {
        return ticked(declarationPrivacy);
    }

    /** The lines checked: a blank line is null (nothing to check) so that each error keeps its line's number. */
    List<@Valid DegreeRow> getDegreeLines() {
        return degrees().stream().map(row -> row.blank() ? null : row).toList();
    }

    List<@Valid ExperienceRow> getExperienceLines() {
        return experiences().stream().map(row -> row.blank() ? null : row).toList();
    }

    /** With no line begun, the first is where the page asks for a degree (and an experience, for continuing
     * education). */
    List<@Valid @ConvertGroup(from = Submit.class, to = FirstLine.class) DegreeRow> getFirstDegree() {
        return degrees().stream().allMatch(DegreeRow::blank) ? degrees().subList(0, 1) : List.of();
    }

    List<@Valid @ConvertGroup(from = Submit.class, to = FirstLine.class) ExperienceRow> getFirstExperience() {
        boolean needed = EntryRoute.CONTINUE.name().equals(entryRoute);
        return needed && experiences().stream().allMatch(ExperienceRow::blank) ? experiences().subList(0, 1) : List.of();
    }

    /** The degree lines of the page: at least one, at most {@link FormValues#MAX_LINES}. */
    public List<DegreeRow> degrees() {
        return lines(degreeTitle, i -> new DegreeRow(at(degreeTitle, i), at(degreeInstitution, i), at(degreeYear, i),
                at(degreeGrade, i)));
    }

    public List<ExperienceRow> experiences() {
        return lines(expJobTitle, i -> new ExperienceRow(at(expJobTitle, i), at(expOrganisation, i),
                at(expStartYear, i), at(expEndYear, i), at(expDescription, i)));
    }

    public void addDegreeRow() {
        addLine(degreeTitle);
    }

    public void addExperienceRow() {
        addLine(expJobTitle);
    }

    /** Removes a line of the page; false when the page has no such line. */
    public boolean removeDegree(int line) {
        return removeLine(line, degrees().size(), degreeTitle, degreeInstitution, degreeYear, degreeGrade);
    }

    public boolean removeExperience(int line) {
        return removeLine(line, experiences().size(), expJobTitle, expOrganisation, expStartYear, expEndYear,
                expDescription);
    }

    public boolean declared(ApplicationField declaration) {
        return ticked(declaration == ApplicationField.declarationAccuracy ? declarationAccuracy : declarationPrivacy);
    }

    public boolean hasTheme(String theme) {
        return themes.contains(theme);
    }

    /** The version of the dossier the page was drawn from; one no row has when missing or garbled. */
    long sentVersion() {
        return FormVersion.parse(version, -1);
    }

    private boolean alternance() {
        return EntryRoute.ALTERNANCE.name().equals(entryRoute);
    }

    private boolean continuing() {
        return EntryRoute.CONTINUE.name().equals(entryRoute);
    }

    private Funding financing() {
        return constant(Funding.class, funding);
    }

    private EmployerStatus employer() {
        return constant(EmployerStatus.class, employerStatus);
    }
}
