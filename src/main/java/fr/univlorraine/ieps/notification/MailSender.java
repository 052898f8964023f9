package fr.univlorraine.ieps.notification;

import fr.univlorraine.ieps.decision.Offer;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends candidates' mails after the transaction that caused them has committed, so that no mail
 * ever announces something that was rolled back. Mails only point to the app; they carry no decision.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    @Inject
    Mailer mailer;

    @ConfigProperty(name = "ieps.public-url")
    String publicUrl;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(Application app, String submittedAt, String statusUrl);

        static native TemplateInstance withdrawn(Application app, String statusUrl);

        static native TemplateInstance incomplete(Application app, String deadline, String documentsUrl);

        static native TemplateInstance complete(Application app, String statusUrl);

        static native TemplateInstance decision(Application app, String statusUrl);

        static native TemplateInstance reminder(Application app, String deadline, String statusUrl);

        static native TemplateInstance answerRecorded(Application app, String statusUrl);

        static native TemplateInstance motivesAnswered(Application app, String statusUrl);
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicationMail mail) {
        try {
            QuarkusTransaction.requiringNew().run(() -> send(mail));
        } catch (RuntimeException e) {
            // the dossier is saved whatever happens to the mail; the failure must be visible to operators
            LOG.errorf(e, "Mail %s for application %d could not be sent", mail.kind(), mail.applicationId());
        }
    }

    private static String offerDeadline(Long applicationId) {
        return Offer.of(applicationId).map(o -> DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(o.deadline.atZone(AppClock.PARIS))).orElse("");
    }

    private void send(ApplicationMail mail) {
        Application app = Application.findById(mail.applicationId());
        if (app == null || app.email == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(app.lang);
        String statusUrl = publicUrl + "/candidatures/" + app.id;
        TemplateInstance body = switch (mail.kind()) {
            case RECEIPT -> Templates.receipt(app, DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                    .format(app.submittedAt.atZone(AppClock.PARIS)), statusUrl);
            case WITHDRAWN -> Templates.withdrawn(app, statusUrl);
            case INCOMPLETE -> Templates.incomplete(app, DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                    .format(app.completionDeadline.atZone(AppClock.PARIS)), statusUrl + "/pieces");
            case COMPLETE -> Templates.complete(app, statusUrl);
            case DECISION -> Templates.decision(app, statusUrl);
            case REMINDER -> Templates.reminder(app, offerDeadline(app.id), statusUrl);
            case ANSWER_RECORDED -> Templates.answerRecorded(app, statusUrl);
            case MOTIVES_ANSWERED -> Templates.motivesAnswered(app, statusUrl);
        };
        String text = body.setLocale(locale).render();
        // first line of the template is the subject
        int newline = text.indexOf('\n');
        mailer.send(Mail.withText(app.email, text.substring(0, newline).trim(), text.substring(newline + 1).trim()));
        LOG.infof("Mail %s sent for application %s to %s", mail.kind(), app.reference, app.email);
    }
}
