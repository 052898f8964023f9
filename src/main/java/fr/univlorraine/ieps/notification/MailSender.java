package fr.univlorraine.ieps.notification;

import fr.univlorraine.ieps.kernel.SiteConfig;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Writes a candidate's mail in their language (a staff person's in theirs) and hands it to the mail server;
 * {@link MailOutbox} decides when. Mails only point to the app; they carry no decision.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    @Inject
    Mailer mailer;

    @Inject
    SiteConfig site;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(ApplicationMail mail, String submittedAt, String decisionsOn,
                String receiptUrl, String statusUrl);

        static native TemplateInstance withdrawn(ApplicationMail mail, String statusUrl);

        static native TemplateInstance incomplete(ApplicationMail mail, String deadline, String documentsUrl);

        static native TemplateInstance complete(ApplicationMail mail, String statusUrl);

        static native TemplateInstance decision(ApplicationMail mail, String statusUrl);

        static native TemplateInstance reminder(ApplicationMail mail, String deadline, String statusUrl);

        static native TemplateInstance answerRecorded(ApplicationMail mail, String statusUrl);

        static native TemplateInstance motivesAnswered(ApplicationMail mail, String statusUrl);

        static native TemplateInstance staff(ApplicationMail mail, StaffMailText.Text text);

        static native TemplateInstance staffDigest(ApplicationMail mail, String day, String preferencesUrl);
        static native TemplateInstance messageWaiting(ApplicationMail mail, String messagesUrl);

        static native TemplateInstance invitation(ApplicationMail mail, String expiresAt, String link);

        static native TemplateInstance dataDownloaded(ApplicationMail mail, String at, String myDataUrl);

        static native TemplateInstance accountDeleted(ApplicationMail mail, String at, String privacyUrl);
    }

    private static final DateTimeFormatter FR_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FR_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** "12 mars 2027 à 14:05" / "12 March 2027, 14:05", in Paris time, as the pages write it. */
    static String parisTime(Instant instant, String lang) {
        return instant == null ? "" : ("en".equals(lang) ? EN_TIME : FR_TIME).format(instant.atZone(AppClock.PARIS));
    }

    /** "12 mars 2027" / "12 March 2027", the day in Paris; empty for none. */
    static String parisDay(Instant instant, String lang) {
        return instant == null ? "" : ("en".equals(lang) ? EN_DAY : FR_DAY).format(instant.atZone(AppClock.PARIS));
    }

    /** Sends the mail now; a failure of the mail server is thrown for the outbox to retry. */
    void send(ApplicationMail mail) {
        Locale locale = Locale.forLanguageTag(mail.lang());
        String statusUrl = site.publicUrl() + "/candidatures/" + mail.applicationId();
        String lang = mail.lang();
        TemplateInstance body = switch (mail.kind()) {
            case RECEIPT -> Templates.receipt(mail, parisTime(mail.date(), lang), parisDay(mail.decisionsAt(), lang),
                    statusUrl + "/recepisse.pdf", statusUrl);
            case WITHDRAWN -> Templates.withdrawn(mail, statusUrl);
            case INCOMPLETE -> Templates.incomplete(mail, parisTime(mail.date(), lang), statusUrl + "/pieces");
            case COMPLETE -> Templates.complete(mail, statusUrl);
            case DECISION -> Templates.decision(mail, statusUrl);
            case REMINDER -> Templates.reminder(mail, parisTime(mail.date(), lang), statusUrl);
            case ANSWER_RECORDED -> Templates.answerRecorded(mail, statusUrl);
            case MOTIVES_ANSWERED -> Templates.motivesAnswered(mail, statusUrl);
            case STAFF_DIGEST -> Templates.staffDigest(mail, parisDay(mail.date(), lang),
                    StaffMailText.url(mail.kind(), null, site.publicUrl()));
            case STAFF_ASSIGNED, STAFF_MOTIVES_REQUESTED, STAFF_OFFER_DECLINED, STAFF_OFFER_WITHDRAWN, STAFF_RESUBMITTED,
                    STAFF_SIGN_IN -> Templates.staff(mail, StaffMailText.of(mail, site.publicUrl()));
            case MESSAGE_WAITING -> Templates.messageWaiting(mail, statusUrl + "/messages");
            case INVITATION -> Templates.invitation(mail, parisTime(mail.date(), lang),
                    mail.pieces().isEmpty() ? site.publicUrl() : mail.pieces().get(0));
            case DATA_DOWNLOADED -> Templates.dataDownloaded(mail, parisTime(mail.date(), lang),
                    site.publicUrl() + "/mes-donnees");
            case ACCOUNT_DELETED -> Templates.accountDeleted(mail, parisTime(mail.date(), lang),
                    site.publicUrl() + "/confidentialite");
        };
        String text = body.setLocale(locale).render();
        // first line of the template is the subject
        int newline = text.indexOf('\n');
        mailer.send(Mail.withText(mail.to(), text.substring(0, newline).trim(), text.substring(newline + 1).trim()));
        LOG.infof("Mail %s sent for application %s to %s", mail.kind(), mail.reference(), mail.to());
    }
}
