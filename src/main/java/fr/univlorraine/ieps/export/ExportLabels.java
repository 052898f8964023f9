package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.Funding;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.enrolment.Civility;
import fr.univlorraine.ieps.kernel.Localizable;

/** The texts of an exported file in one language: column headers, statuses, routes, yes and no. */
public final class ExportLabels {

    public final String lang;
    public final ExportMessages exp;

    public ExportLabels(String lang) {
        this.lang = "en".equals(lang) ? "en" : "fr";
        this.exp = Localizable.bundle(ExportMessages.class, this.lang);
    }

    public boolean french() {
        return "fr".equals(lang);
    }

    public String level(Level level) {
        return level.text(lang);
    }

    public String route(EntryRoute route) {
        return route.text(lang);
    }

    public String status(ApplicationStatus status) {
        return status.text(lang);
    }

    /** Continuing education's funding, with the candidate's words for "other"; empty on the other routes. */
    public String funding(Funding funding, String other) {
        if (funding == null) {
            return null;
        }
        return other == null || other.isBlank() ? funding.text(lang) : funding.text(lang) + " – " + other;
    }

    public String civility(Civility civility) {
        return civility.text(lang);
    }

    public String yesNo(boolean value) {
        return value ? exp.yes() : exp.no();
    }
}
