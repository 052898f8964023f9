package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.Texts;
import fr.univlorraine.ieps.notification.ApplicationMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Owes a candidate a mail about their dossier: the values the mail shows are taken now, in the transaction
 * that causes it, and notification sends it once that transaction has committed (nothing if it rolls back).
 * Every mail to a candidate goes through here, so that a dossier imported from the national platform gets none
 * until its candidate has taken it up through the head's invitation ({@link #mayMail}).
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
        if (!mayMail(app)) {
            return;
        }
        mails.fire(new ApplicationMail(kind, app.id, app.email, app.lang, app.reference, app.track.level.name(), date));
    }

    /**
     * Whether this app may write to the dossier's candidate: while the dossier has its candidate's login. A dossier made
     * here has it until its candidate deletes their account; one imported from the platform, only once its candidate
     * has taken it up with the head's invitation. Until then the candidate deals with the platform and never chose to
     * hear from this app; the invitation's own mail is the one exception, written by the invitation. After an account's
     * deletion the dossier is kept (retention rules), and its candidate asked to hear no more.
     */
    public static boolean mayMail(Application app) {
        // a dossier made here always had its candidate's login, until they deleted their account: then none either
        return app.candidateSubject != null;
    }

    /**
     * A candidate downloaded the archive of their data (privacy): told at once, in case it was not them. The mail is
     * about the account, no dossier; {@code to} is the login's address.
     */
    public void dataDownloaded(String to, String lang, Instant at) {
        mails.fire(new ApplicationMail(ApplicationMail.Kind.DATA_DOWNLOADED, null, to, lang, null, null, at));
    }

    /** A candidate deleted their account (privacy): the confirmation, written before their address is forgotten. */
    public void accountDeleted(String to, String lang, Instant at) {
        mails.fire(new ApplicationMail(ApplicationMail.Kind.ACCOUNT_DELETED, null, to, lang, null, null, at));
    }

    /**
     * The receipt of a submission: it greets the candidate by name, lists the pieces received (in the mail's
     * language) and gives the next dates of the track, the publication of decisions and the time to answer an offer.
     */
    public void receipt(Application app, List<DossierPieces.Piece> pieces) {
        if (!mayMail(app)) {
            return;
        }
        SubmissionMessages texts = Localizable.bundle(SubmissionMessages.class, app.lang);
        List<String> lines = pieces.stream().map(p -> p.hasFile() ? texts.mail_piece(p.label(), p.fileName())
                : texts.mail_piece_not_concerned(p.label())).toList();
        String name = Texts.join(" ", app.firstName, app.lastName);
        // a date already past announces nothing
        Instant submitted = app.lastSubmittedAt();
        Instant decisions = app.track.decisionsPublishedAt.isAfter(submitted)
                ? app.track.decisionsPublishedAt : null;
        mails.fire(new ApplicationMail(ApplicationMail.Kind.RECEIPT, app.id, app.email, app.lang, app.reference,
                app.track.level.name(), submitted, name.isEmpty() ? null : name, lines, decisions,
                app.track.offerResponseDays));
    }
}
