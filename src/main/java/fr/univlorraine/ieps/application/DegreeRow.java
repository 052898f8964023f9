package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.application.ApplicationForm.FirstLine;
import fr.univlorraine.ieps.application.ApplicationForm.Submit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A line of the degrees on the form; a line begun is complete to submit, a blank one is dropped on saving. */
public record DegreeRow(
        @NotBlank(groups = Submit.class) @NotBlank(groups = FirstLine.class, message = "DEGREE_NEEDED")
        @Size(max = 200) String degreeTitle,
        @NotBlank(groups = Submit.class) @Size(max = 200) String degreeInstitution,
        @NotBlank(groups = Submit.class) @RecentYear String degreeYear,
        @Size(max = 50) String degreeGrade) {

    boolean blank() {
        return FormValues.blank(degreeTitle) && FormValues.blank(degreeInstitution)
                && FormValues.blank(degreeYear) && FormValues.blank(degreeGrade);
    }

    Degree toDegree() {
        var degree = new Degree();
        degree.title = FormValues.trim(degreeTitle);
        degree.institution = FormValues.trim(degreeInstitution);
        degree.year = FormValues.year(degreeYear);
        degree.grade = FormValues.trim(degreeGrade);
        return degree;
    }
}
