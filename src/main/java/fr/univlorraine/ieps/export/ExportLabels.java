package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
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

    public String yesNo(boolean value) {
        return value ? exp.yes() : exp.no();
    }
}
