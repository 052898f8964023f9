package fr.univlorraine.ieps.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dossier form's rules: what a draft may hold, what a submission needs, against the app's clock. */
@QuarkusTest
class ApplicationFormTest {

    @Inject
    FormCheck check;

    @BeforeEach
    void setUp() {
        QuarkusMock.installMockForType(new MutableClock(Instant.parse("2031-06-01T10:00:00Z")), AppClock.class);
    }

    @Test
    void theDefaultGroupAloneAcceptsAnIncompleteDraft() {
        ApplicationForm draft = form(Map.of("entryRoute", List.of("CONTINUE"), "firstName", List.of("Camille")));

        assertTrue(check.check(draft).isEmpty(), () -> check.check(draft).all().toString());
        FormErrors toSubmit = check.check(draft, ApplicationForm.Submit.class);
        assertEquals(FieldError.REQUIRED, toSubmit.get("lastName"));
        assertEquals(ApplicationError.DEGREE_NEEDED, toSubmit.get("degreeTitle0"));
        assertEquals(ApplicationError.EXPERIENCE_NEEDED, toSubmit.get("expJobTitle0"));
        assertNull(toSubmit.get("degreeInstitution0"), "a blank line asks for a degree, not for each of its fields");
        assertEquals(ApplicationError.THEMES_MIN, toSubmit.get("themes"));
        assertEquals(ApplicationError.DECLARATION, toSubmit.get("declarationAccuracy"));
    }

    @Test
    void aLineBegunIsCompleteToSubmitAndABlankLineIsLeftAlone() {
        ApplicationForm form = form(Map.of("entryRoute", List.of("INITIALE"),
                "degreeTitle", List.of("", "Licence"), "degreeInstitution", List.of("", ""),
                "degreeYear", List.of("", "2025")));

        FormErrors errors = check.check(form, ApplicationForm.Submit.class);

        assertEquals(FieldError.REQUIRED, errors.get("degreeInstitution1"));
        assertNull(errors.get("degreeTitle0"), "a degree is given, on the second line");
        assertNull(errors.get("degreeInstitution0"));
        assertNull(errors.get("expJobTitle0"), "experience is asked for continuing education only");
    }

    @Test
    void yearsAndAgesFollowTheAppClock() {
        ApplicationForm form = form(Map.of("entryRoute", List.of("INITIALE"), "birthDate", List.of("2015-06-02"),
                "degreeYear", List.of("2032", "2033", "1949"), "degreeTitle", List.of("a", "b", "c")));

        FormErrors errors = check.check(form);

        assertEquals(ApplicationError.BIRTH_DATE_RANGE, errors.get("birthDate"), "not 16 on 2031-06-01");
        assertNull(errors.get("degreeYear0"), "next year is accepted (a degree under way)");
        assertEquals(FieldError.YEAR, errors.get("degreeYear1"));
        assertEquals(FieldError.YEAR, errors.get("degreeYear2"));
        assertTrue(check.check(form(Map.of("entryRoute", List.of("INITIALE"), "birthDate", List.of("2015-06-01"))))
                .isEmpty(), "16 today");
        assertEquals(FieldError.DATE, check.check(form(Map.of("entryRoute", List.of("INITIALE"),
                "birthDate", List.of("2015-02-30")))).get("birthDate"));
    }

    @Test
    void aFieldShowsTheErrorOfItsValueBeforeTheRuleBetweenFields() {
        ApplicationForm form = form(Map.of("entryRoute", List.of("INITIALE"), "expJobTitle", List.of("a", "b"),
                "expStartYear", List.of("2020", "2040"), "expEndYear", List.of("2019", "2035")));

        FormErrors errors = check.check(form);

        assertEquals(ApplicationError.END_BEFORE_START, errors.get("expEndYear0"));
        assertEquals(FieldError.YEAR, errors.get("expEndYear1"), "2035 is no year yet, whatever the start");
    }

    @Test
    void textAreasGetUnixLineEndsAndTheDossierGetsTrimmedTexts() {
        String project = "Ligne 1\r\nLigne 2\r\n".repeat(300);
        ApplicationForm form = form(Map.of("entryRoute", List.of("INITIALE"), "firstName", List.of("  Camille "),
                "lastName", List.of("   "), "professionalProject", List.of(project)));

        assertEquals("  Camille ", form.firstName(), "the page shows what was typed");
        assertFalse(form.professionalProject().contains("\r"));
        assertEquals(project.strip().replace("\r\n", "\n"), form.professionalProject());
        assertNull(check.check(form).get("professionalProject"), "under 5,000 characters once a line end is one");
        var app = new Application();
        form.applyTo(app);
        assertEquals("Camille", app.firstName);
        assertNull(app.lastName);
        assertEquals(EntryRoute.INITIALE, app.entryRoute);
    }

    @Test
    void linesAreAddedAndRemovedWithinTheTable() {
        ApplicationForm form = form(Map.of("entryRoute", List.of("INITIALE"), "degreeTitle", List.of("a", "b"),
                "degreeYear", List.of("2020")));

        assertEquals(List.of("a", "b"), form.degrees().stream().map(DegreeRow::degreeTitle).toList());
        assertFalse(form.removeDegree(2));
        assertFalse(form.removeDegree(-1));
        assertTrue(form.removeDegree(0));
        assertEquals(List.of(new DegreeRow("b", null, null, null)), form.degrees());
        form.addDegreeRow();
        assertEquals(2, form.degrees().size());
        assertEquals(1, form.experiences().size(), "the page always shows one line to fill");
        for (int i = 0; i < 20; i++) {
            form.addExperienceRow();
        }
        assertEquals(FormValues.MAX_LINES, form.experiences().size());
    }

    private static ApplicationForm form(Map<String, List<String>> fields) {
        var sent = new MultivaluedHashMap<String, String>();
        fields.forEach(sent::addAll);
        return ApplicationForms.bind(sent);
    }
}
