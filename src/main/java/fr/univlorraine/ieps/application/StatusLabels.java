package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.web.Messages;

/** Labels of levels and statuses for text made in Java (charts, exported files), in the bundle's language. */
public final class StatusLabels {

    private StatusLabels() {
    }

    public static String level(Messages msg, Level level) {
        return switch (level) {
            case M1 -> msg.level_M1();
            case M2 -> msg.level_M2();
        };
    }

    /** Exhaustive: a new status does not compile until it has its label here. */
    public static String status(Messages msg, ApplicationStatus status) {
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
}
