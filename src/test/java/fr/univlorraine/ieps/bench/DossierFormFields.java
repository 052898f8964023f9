package fr.univlorraine.ieps.bench;

import fr.univlorraine.ieps.campaign.Level;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The fields of the dossier form (CandidateResource's edit page) as a rush candidate's browser posts them. */
final class DossierFormFields {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private DossierFormFields() {
    }

    /**
     * The dossier form as the browser sends it: the hidden fields of the page (token, version), then what the
     * candidate has typed so far. Stage 1: identity and address; 2: also the degrees, experience, projects and
     * themes; 3: also the declarations, with the submit button.
     */
    static List<Map.Entry<String, String>> of(FrenchData.Person p, BenchBrowser.Page page, FrenchData data, int stage,
            String professional, String research) throws BenchBrowser.Unexpected {
        var f = new ArrayList<Map.Entry<String, String>>();
        f.add(field("csrf-token", BenchBrowser.csrf(page)));
        f.add(field("version", BenchBrowser.field(page, VERSION, "version")));
        f.add(field("entryRoute", "INITIALE"));
        f.add(field("civility", p.civility()));
        f.add(field("firstName", p.firstName()));
        f.add(field("lastName", p.lastName()));
        f.add(field("birthDate", p.birthDate().toString()));
        f.add(field("nationality", p.nationality()));
        f.add(field("email", p.email()));
        f.add(field("phone", p.phone()));
        f.add(field("address", p.address()));
        f.add(field("postalCode", p.postalCode()));
        f.add(field("city", p.city()));
        f.add(field("country", p.country()));
        List<FrenchData.Degree> degrees = stage == 1 ? List.of(new FrenchData.Degree("", "", 0, "")) : data.degrees(Level.M2);
        for (FrenchData.Degree d : degrees) {
            f.add(field("degreeTitle", d.title()));
            f.add(field("degreeInstitution", d.institution()));
            f.add(field("degreeYear", d.year() == 0 ? "" : String.valueOf(d.year())));
            f.add(field("degreeGrade", d.grade()));
        }
        List<FrenchData.Experience> experiences = stage == 1 ? List.of() : data.experiences(1);
        for (FrenchData.Experience e : experiences) {
            f.add(field("expJobTitle", e.jobTitle()));
            f.add(field("expOrganisation", e.organisation()));
            f.add(field("expStartYear", String.valueOf(e.startYear())));
            f.add(field("expEndYear", e.endYear() == null ? "" : String.valueOf(e.endYear())));
            f.add(field("expDescription", e.description()));
        }
        f.add(field("professionalProject", stage == 1 ? "" : professional));
        f.add(field("researchProject", stage == 1 ? "" : research));
        if (stage > 1) {
            data.themes().forEach(t -> f.add(field("themes", t.name())));
        }
        f.add(field("employerStatus", ""));
        f.add(field("employerName", ""));
        if (stage == 3) {
            f.add(field("declarationAccuracy", "on"));
            f.add(field("declarationPrivacy", "on"));
        }
        f.add(field("action", stage == 3 ? "submit" : "save"));
        return f;
    }

    /** A project as long as a complete dossier needs (200 to 5,000 characters). */
    static String project(String text, FrenchData data) {
        String project = text;
        while (project.length() < 200) {
            project = project + " " + data.researchProject();
        }
        return project.length() > 5000 ? project.substring(0, 5000).strip() : project;
    }

    static Map.Entry<String, String> field(String name, String value) {
        return new SimpleEntry<>(name, value);
    }
}
