package fr.univlorraine.ieps.enrolment;

import static fr.univlorraine.ieps.web.FormCheck.strip;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.BirthDate;
import fr.univlorraine.ieps.application.Degree;
import fr.univlorraine.ieps.application.OneOf;
import fr.univlorraine.ieps.application.RecentYear;
import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The enrolment sheet as the candidate typed it, bound field by field (never onto the entity), spaces around each
 * value dropped. Every field but the INE is required: a sheet is saved complete or not at all.
 */
@FormOf(fields = SheetField.class, errors = SheetError.class)
public record SheetForm(
        @RestForm @NotBlank(message = "CHOICE") @OneOf(Civility.class) String civility,
        @RestForm @NotBlank @BirthDate String birthDate,
        @RestForm @NotBlank @Size(max = 100) String birthPlace,
        @RestForm @NotBlank @Size(max = 100) String nationality,
        @RestForm @NotBlank @Size(max = 255) String street,
        @RestForm @NotBlank @Size(max = 20) String postalCode,
        @RestForm @NotBlank @Size(max = 100) String city,
        @RestForm @NotBlank @Size(max = 100) String country,
        @RestForm String ine,
        @RestForm @NotBlank @Size(max = 200) String lastDiploma,
        @RestForm @NotBlank @Size(max = 200) String lastDiplomaInstitution,
        @RestForm @NotBlank @RecentYear String lastDiplomaYear,
        @RestForm String version) {

    public SheetForm {
        civility = strip(civility);
        birthDate = strip(birthDate);
        birthPlace = strip(birthPlace);
        nationality = strip(nationality);
        street = strip(street);
        postalCode = strip(postalCode);
        city = strip(city);
        country = strip(country);
        ine = strip(ine);
        lastDiploma = strip(lastDiploma);
        lastDiplomaInstitution = strip(lastDiplomaInstitution);
        lastDiplomaYear = strip(lastDiplomaYear);
    }

    /** A date the browser's date field writes (yyyy-mm-dd); its range is {@link BirthDate}'s. */
    @AssertTrue(message = "DATE")
    public boolean isBirthDate() {
        return birthDate == null || birthDate.isEmpty() || date(birthDate) != null;
    }

    @AssertTrue(message = "INE_FORMAT")
    public boolean isIne() {
        return Ine.valid(ine);
    }

    /** The sheet as saved, to change it. */
    static SheetForm of(EnrolmentSheet s) {
        return new SheetForm(s.civility.name(), s.birthDate.toString(), s.birthPlace, s.nationality, s.street, s.postalCode,
                s.city, s.country, s.ine, s.lastDiploma, s.lastDiplomaInstitution, String.valueOf(s.lastDiplomaYear),
                String.valueOf(s.version));
    }

    /**
     * A first sheet, filled with what the dossier already says: identity, address, and the most recent of the
     * degrees listed (the last line when years tie or are missing). The birth place and the INE were never asked.
     */
    static SheetForm prefilled(Application app) {
        Degree last = app.degrees.stream().filter(Objects::nonNull)
                .max(Comparator.comparing((Degree d) -> d.year == null ? Integer.MIN_VALUE : d.year)
                        .thenComparing(d -> app.degrees.indexOf(d)))
                .orElse(null);
        String civility = app.civility != null && isCivility(app.civility) ? app.civility : null;
        return new SheetForm(civility, app.birthDate == null ? null : app.birthDate.toString(), null, app.nationality,
                app.address, app.postalCode, app.city, app.country, null, last == null ? null : last.title,
                last == null ? null : last.institution, last == null || last.year == null ? null : String.valueOf(last.year),
                null);
    }

    /** Copies a form that passed its checks onto the sheet. */
    void applyTo(EnrolmentSheet s) {
        s.civility = Civility.valueOf(civility);
        s.birthDate = date(birthDate);
        s.birthPlace = birthPlace;
        s.nationality = nationality;
        s.street = street;
        s.postalCode = postalCode;
        s.city = city;
        s.country = country;
        s.ine = Ine.normalise(ine);
        s.lastDiploma = lastDiploma;
        s.lastDiplomaInstitution = lastDiplomaInstitution;
        s.lastDiplomaYear = Integer.valueOf(lastDiplomaYear);
    }

    /** The same answers over another version of the sheet (the one saved meanwhile, after a refusal as stale). */
    SheetForm withVersion(Long newVersion) {
        return new SheetForm(civility, birthDate, birthPlace, nationality, street, postalCode, city, country, ine, lastDiploma,
                lastDiplomaInstitution, lastDiplomaYear, newVersion == null ? null : String.valueOf(newVersion));
    }

    /** The version of the sheet the page was drawn from, or null for a first one. */
    Long versionNumber() {
        try {
            return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static boolean isCivility(String name) {
        for (Civility c : Civility.values()) {
            if (c.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
