package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.StatusLabels;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.web.Messages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The texts of an exported file in one language: column headers, statuses, routes, yes and no. */
public final class ExportLabels {

    public final String lang;
    public final ExportMessages exp;
    private final Messages msg;

    public ExportLabels(String lang) {
        this.lang = "en".equals(lang) ? "en" : "fr";
        this.exp = MessageBundles.get(ExportMessages.class, Localized.Literal.of(this.lang));
        this.msg = MessageBundles.get(Messages.class, Localized.Literal.of(this.lang));
    }

    public boolean french() {
        return "fr".equals(lang);
    }

    public String list(ExportList list) {
        return switch (list) {
            case ACCEPTED -> exp.list_ACCEPTED();
            case WAITLIST -> exp.list_WAITLIST();
            case APPLICATIONS -> exp.list_APPLICATIONS();
        };
    }

    /** A worksheet name: short, and without the characters Excel forbids there. */
    public String sheet(ExportList list) {
        return switch (list) {
            case ACCEPTED -> exp.sheet_ACCEPTED();
            case WAITLIST -> exp.sheet_WAITLIST();
            case APPLICATIONS -> exp.sheet_APPLICATIONS();
        };
    }

    public String level(Level level) {
        return StatusLabels.level(msg, level);
    }

    public String route(EntryRoute route) {
        return switch (route) {
            case INITIALE -> msg.route_INITIALE();
            case ALTERNANCE -> msg.route_ALTERNANCE();
            case CONTINUE -> msg.route_CONTINUE();
        };
    }

    public String status(ApplicationStatus status) {
        return StatusLabels.status(msg, status);
    }

    public String yesNo(boolean value) {
        return value ? exp.yes() : exp.no();
    }
}
