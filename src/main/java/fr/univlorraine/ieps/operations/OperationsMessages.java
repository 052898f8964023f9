package fr.univlorraine.ieps.operations;

import fr.univlorraine.ieps.jobs.Job;
import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.notification.OutboxMail;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the admin's operations pages (the mail outbox, the scheduled jobs), as {ops:key}: messages/ops_{fr,en}.properties. */
@MessageBundle(value = "ops", locale = "fr")
public interface OperationsMessages {

    String nav_mails();

    String mails_title();

    String mails_lead();

    String mails_problems();

    String mails_problems_none();

    String mails_problems_caption();

    String mails_pending();

    String mails_pending_none();

    String mails_pending_caption();

    String mails_sent();

    String mails_sent_none();

    String mails_sent_caption(Integer max);

    String col_dossier();

    String col_kind();

    String col_to();

    String col_state();

    String col_attempts();

    String col_written();

    String col_next();

    String col_sent();

    String col_error();

    String col_action();

    String resend();

    String resend_label(String kind, String to);

    String interrupted_note();

    String nav_jobs();

    String jobs_title();

    String jobs_lead();

    String jobs_caption();

    String col_job();

    String col_last_run();

    String col_done();

    String col_failed();

    String col_total_failed();

    String never_ran();

    String failures_title();

    String failures_none();

    String failures_caption(Integer max);

    String col_when();

    String col_item();

    String col_failure();

    /** A scheduled job (keys job_$PUBLICATION…: some constants hold an underscore). */
    @Message
    String job(Job job);

    /** A state of a mail (keys state_PENDING…). */
    @Message
    String state(OutboxMail.State state);

    /** What a mail is about (keys kind_$RECEIPT…: some constants hold an underscore). */
    @Message
    String kind(ApplicationMail.Kind kind);

    /** The confirmation after a redirect (keys flash_resent…). */
    @Message
    String flash(MailFlash flash);
}
