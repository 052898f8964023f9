package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
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
        return switch (level) {
            case M1 -> msg.level_M1();
            case M2 -> msg.level_M2();
        };
    }

    public String route(EntryRoute route) {
        return switch (route) {
            case INITIALE -> msg.route_INITIALE();
            case ALTERNANCE -> msg.route_ALTERNANCE();
            case CONTINUE -> msg.route_CONTINUE();
        };
    }

    public String status(ApplicationStatus status) {
        return switch (status) {
            case DRAFT -> msg.status_DRAFT();
            case SUBMITTED -> msg.status_SUBMITTED();
            case INCOMPLETE -> msg.status_INCOMPLETE();
            case COMPLETE -> msg.status_COMPLETE();
            case UNDER_REVIEW -> msg.status_UNDER_REVIEW();
            case ADMITTED -> msg.status_ADMITTED();
            case WAITLISTED -> msg.status_WAITLISTED();
            case REJECTED -> msg.status_REJECTED();
            case ACCEPTED -> msg.status_ACCEPTED();
            case DECLINED -> msg.status_DECLINED();
            case EXPIRED -> msg.status_EXPIRED();
            case ENROLLED -> msg.status_ENROLLED();
            case WITHDRAWN -> msg.status_WITHDRAWN();
        };
    }

    public String yesNo(boolean value) {
        return value ? exp.yes() : exp.no();
    }
}
