package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.CandidateMails;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.kernel.Texts;
import fr.univlorraine.ieps.notification.ApplicationMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The secretariat's check of a submitted dossier: each document validated or refused with a reason,
 * then the dossier marked COMPLETE, or INCOMPLETE with the pieces to fix and a completion deadline.
 */
@ApplicationScoped
public class CompletenessService {

    @Inject
    ApplicationService applications;

    @Inject
    DocumentService documents;

    @Inject
    AppClock clock;

    @Inject
    CandidateMails mails;

    @Inject
    DocumentsConfig config;

    /** Only a submitted dossier is checked; drafts and dossiers sent back are the candidate's. */
    public Application checkable(Long applicationId) {
        Application app = Application.<Application>findByIdOptional(applicationId).orElseThrow(NotFoundException::new);
        if (app.status == ApplicationStatus.DRAFT) {
            throw new NotFoundException();
        }
        return app;
    }

    @Transactional
    public void validate(Long applicationId, Long documentId, ActorRef staff) {
        review(applicationId, documentId, staff, DocumentEvent.Action.VALIDATED, null);
    }

    @Transactional
    public void refuse(Long applicationId, Long documentId, ActorRef staff, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(DocumentError.REFUSAL_REASON_REQUIRED);
        }
        review(applicationId, documentId, staff, DocumentEvent.Action.REFUSED, reason.strip());
    }

    /** Every required item validated (or declared not concerned): the dossier goes to the teaching team. */
    @Transactional
    public void markComplete(Long applicationId, ActorRef staff) {
        Application app = checkable(applicationId);
        boolean allChecked = documents.checklist(app).stream().filter(DocumentService.ChecklistLine::required)
                .allMatch(l -> l.document() != null
                        && (l.document().status == DocumentStatus.VALIDATED || l.document().status == DocumentStatus.NOT_CONCERNED));
        if (!allChecked) {
            throw new RuleViolation(DocumentError.COMPLETE_NEEDS_VALIDATION);
        }
        applications.transition(app, Transition.MARK_COMPLETE, staff, null);
        app.completionDeadline = null;
        mails.owe(ApplicationMail.Kind.COMPLETE, app);
    }

    /** Sends the dossier back: at least one refused piece, a message, and a deadline to resubmit. */
    @Transactional
    public void markIncomplete(Long applicationId, ActorRef staff, String message) {
        Application app = checkable(applicationId);
        List<ApplicationDocument> refused = ApplicationDocument.of(app).stream()
                .filter(d -> d.status == DocumentStatus.REFUSED).toList();
        boolean missing = !documents.missing(app).isEmpty();
        if (refused.isEmpty() && !missing) {
            throw new RuleViolation(DocumentError.INCOMPLETE_NEEDS_REFUSAL);
        }
        applications.transition(app, Transition.MARK_INCOMPLETE, staff, Texts.stripToNull(message));
        app.completionDeadline = ZonedDateTime.of(clock.nowInParis().toLocalDate().plusDays(config.completionDays()),
                LocalTime.of(23, 59, 59), AppClock.PARIS).toInstant();
        mails.owe(ApplicationMail.Kind.INCOMPLETE, app, app.completionDeadline);
    }

    /** The secretariat's verdict on one document of a dossier under check: validated, or refused with a reason. */
    private void review(Long applicationId, Long documentId, ActorRef staff, DocumentEvent.Action verdict, String reason) {
        Application app = checkable(applicationId);
        if (app.status != ApplicationStatus.SUBMITTED) {
            throw new RuleViolation(DocumentError.NOT_UNDER_CHECK);
        }
        ApplicationDocument document = ApplicationDocument.inDossier(documentId, app).orElseThrow(NotFoundException::new);
        if (!document.hasFile()) {
            throw new NotFoundException();
        }
        document.status = verdict == DocumentEvent.Action.VALIDATED ? DocumentStatus.VALIDATED : DocumentStatus.REFUSED;
        document.refusalReason = reason;
        document.reviewedAt = clock.now();
        document.reviewedBy = staff.shownName();
        DocumentEvent.record(document, staff, verdict, document.reviewedAt, reason);
    }
}
