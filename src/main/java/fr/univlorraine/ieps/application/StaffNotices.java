package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.notification.StaffMail;
import fr.univlorraine.ieps.notification.StaffMail.Audience;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Owes the heads or the secretariat a mail about a dossier, in the transaction that causes it: the secretariat when
 * a dossier sent back for completion is submitted again, the heads when a place offered is declined or given up by a
 * withdrawal, and when a refused candidate asks for the detailed motives.
 */
@ApplicationScoped
public class StaffNotices {

    @Inject
    Event<StaffMail> mails;

    /** Called by {@link ApplicationService#transition} for every move of a dossier. */
    void moved(Application app, Transition transition, ApplicationStatus from) {
        switch (transition) {
            case RESUBMIT -> owe(ApplicationMail.Kind.STAFF_RESUBMITTED, Audience.SECRETARIAT, app, null);
            case DECLINE -> owe(ApplicationMail.Kind.STAFF_OFFER_DECLINED, Audience.HEADS, app, null);
            case WITHDRAW -> {
                if (from == ApplicationStatus.ADMITTED) {
                    owe(ApplicationMail.Kind.STAFF_OFFER_WITHDRAWN, Audience.HEADS, app, null);
                }
            }
            default -> {
            }
        }
    }

    /** A refused candidate asked for the detailed motives, to be answered by {@code due}. */
    public void motivesRequested(Application app, Instant due) {
        owe(ApplicationMail.Kind.STAFF_MOTIVES_REQUESTED, Audience.HEADS, app, due);
    }

    private void owe(ApplicationMail.Kind kind, Audience audience, Application app, Instant date) {
        mails.fire(StaffMail.toGroup(kind, audience, app.id, app.reference, app.track.level.name(), date));
    }
}
