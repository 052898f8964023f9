package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.notification.ApplicationMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Owes a candidate a mail about their dossier: the values the mail shows are taken now, in the transaction
 * that causes it, and notification sends it once that transaction has committed (nothing if it rolls back).
 */
@ApplicationScoped
public class CandidateMails {

    @Inject
    Event<ApplicationMail> mails;

    public void owe(ApplicationMail.Kind kind, Application app) {
        owe(kind, app, null);
    }

    /** {@code date} is the one the mail states (see {@link ApplicationMail#date()}). */
    public void owe(ApplicationMail.Kind kind, Application app, Instant date) {
        mails.fire(new ApplicationMail(kind, app.id, app.email, app.lang, app.reference, app.track.level.name(), date));
    }
}
