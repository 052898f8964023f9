package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.application.DataCategory.*;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each field of the application form is, as personal data: the category the privacy page and the records of
 * processing list it under. A field of the form without a category here is a field nobody told the candidates about:
 * a test fails until it is given one.
 */
public final class CollectedData {

    /** The constants of {@link ApplicationField} that are no fields (where errors are reported). */
    public static final Set<ApplicationField> NOT_FIELDS = Set.of(ApplicationField.deadline, ApplicationField.version);

    /** A category as the privacy page lists it, with the labels of the form's fields in it (empty for none). */
    public record Line(DataCategory category, String fields) {
    }

    private static final Map<ApplicationField, DataCategory> FORM = new EnumMap<>(ApplicationField.class);

    static {
        put(IDENTITY, ApplicationField.civility, ApplicationField.firstName, ApplicationField.lastName,
                ApplicationField.birthDate, ApplicationField.nationality);
        put(CONTACT, ApplicationField.email, ApplicationField.phone, ApplicationField.address, ApplicationField.postalCode,
                ApplicationField.city, ApplicationField.country);
        put(SITUATION, ApplicationField.trackId, ApplicationField.entryRoute, ApplicationField.vap,
                ApplicationField.employerStatus, ApplicationField.employerName, ApplicationField.funding,
                ApplicationField.fundingOther);
        put(ACADEMIC, ApplicationField.degreeTitle, ApplicationField.degreeInstitution, ApplicationField.degreeYear,
                ApplicationField.degreeGrade);
        put(EXPERIENCE, ApplicationField.expJobTitle, ApplicationField.expOrganisation, ApplicationField.expStartYear,
                ApplicationField.expEndYear, ApplicationField.expDescription);
        put(PROJECTS, ApplicationField.professionalProject, ApplicationField.researchProject, ApplicationField.themes);
        put(DECLARATIONS, ApplicationField.declarationAccuracy, ApplicationField.declarationPrivacy);
        put(DOCUMENTS, ApplicationField.documents);
    }

    private CollectedData() {
    }

    private static void put(DataCategory category, ApplicationField... fields) {
        for (ApplicationField field : fields) {
            FORM.put(field, category);
        }
    }

    /** The category of a field of the form; empty for a field nobody classified (and for the non-fields). */
    public static Optional<DataCategory> of(ApplicationField field) {
        return Optional.ofNullable(FORM.get(field));
    }

    /** The fields of the form in this category, in the form's order. */
    public static List<ApplicationField> fields(DataCategory category) {
        return Arrays.stream(ApplicationField.values()).filter(f -> FORM.get(f) == category).toList();
    }

    /** Every category, in order, with the labels of its fields in this language. */
    public static List<Line> lines(String lang) {
        return Arrays.stream(DataCategory.values()).map(c -> new Line(c,
                String.join(", ", fields(c).stream().map(f -> f.text(lang)).toList()))).toList();
    }
}
