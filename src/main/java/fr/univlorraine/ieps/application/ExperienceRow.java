package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.application.ApplicationForm.FirstLine;
import fr.univlorraine.ieps.application.ApplicationForm.Submit;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A line of the work experience on the form; a line begun is complete to submit, a blank one is dropped on saving. */
public record ExperienceRow(
        @NotBlank(groups = Submit.class) @NotBlank(groups = FirstLine.class, message = "EXPERIENCE_NEEDED")
        @Size(max = 200) String expJobTitle,
        @NotBlank(groups = Submit.class) @Size(max = 200) String expOrganisation,
        @NotBlank(groups = Submit.class) @RecentYear String expStartYear,
        @RecentYear String expEndYear,
        @Size(max = 1000) String expDescription) {

    /** The end year is not before the start year (a rule of the end year, not the page's data). */
    @AssertTrue(message = "END_BEFORE_START")
    boolean isExpEndYear() {
        Integer start = FormValues.year(expStartYear);
        Integer end = FormValues.year(expEndYear);
        return start == null || end == null || end >= start;
    }

    boolean blank() {
        return FormValues.blank(expJobTitle) && FormValues.blank(expOrganisation)
                && FormValues.blank(expStartYear) && FormValues.blank(expEndYear)
                && FormValues.blank(expDescription);
    }

    Experience toExperience() {
        var experience = new Experience();
        experience.jobTitle = FormValues.trim(expJobTitle);
        experience.organisation = FormValues.trim(expOrganisation);
        experience.startYear = FormValues.year(expStartYear);
        experience.endYear = FormValues.year(expEndYear);
        experience.description = FormValues.trim(expDescription);
        return experience;
    }
}
