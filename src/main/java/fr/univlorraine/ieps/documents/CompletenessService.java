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
import java.time.LocalDate;
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

    /**
     * Validates the pieces the secretariat ticked, all of this dossier and given as files, or none: a piece of
     * another dossier, or without a file, is not found and nothing changes. Pieces already validated stay as they
     * are. Returns the pieces validated now.
     */
    @Transactional
    public List<ApplicationDocument> validateSelected(Long applicationId, List<Long> documentIds, ActorRef staff) {
        Application app = underCheck(applicationId);
        if (documentIds.isEmpty()) {
            throw new RuleViolation(DocumentError.NONE_SELECTED);
        }
        List<ApplicationDocument> chosen = documentIds.stream().distinct()
                .map(id -> ApplicationDocument.inDossier(id, app).filter(ApplicationDocument::hasFile)
                        .orElseThrow(NotFoundException::new))
                .toList();
        List<ApplicationDocument> validated = chosen.stream().filter(d -> d.status != DocumentStatus.VALIDATED).toList();
        validated.forEach(d -> verdict(d, staff, DocumentEvent.Action.VALIDATED, null));
        return validated;
    }

    /**
     * "Everything is valid": validates every piece given as a file that waits for its check. Refused pieces keep
     * their refusal (the secretariat validates them one by one if it changed its mind); the dossier is not marked
     * complete. Returns the pieces validated now.
     */
    @Transactional
    public List<ApplicationDocument> validateAllPending(Long applicationId, ActorRef staff) {
        Application app = underCheck(applicationId);
        List<ApplicationDocument> pending = ApplicationDocument.of(app).stream()
                .filter(d -> d.hasFile() && d.status == DocumentStatus.PENDING).toList();
        if (pending.isEmpty()) {
            throw new RuleViolation(DocumentError.NOTHING_PENDING);
        }
        pending.forEach(d -> verdict(d, staff, DocumentEvent.Action.VALIDATED, null));
        return pending;
    }

    /** Every required item validated (or declared not concerned): the dossier can be marked complete. */
    public boolean readyToComplete(Application app) {
        return CheckProgress.of(documents.checklist(app)).ready();
    }

    /** Every required item validated (or declared not concerned): the dossier goes to the teaching team. */
    @Transactional
    public void markComplete(Long applicationId, ActorRef staff) {
        Application app = checkable(applicationId);
        if (!readyToComplete(app)) {
            throw new RuleViolation(DocumentError.COMPLETE_NEEDS_VALIDATION);
        }
        applications.transition(app, Transition.MARK_COMPLETE, staff, null);
        app.completionDeadline = null;
        mails.owe(ApplicationMail.Kind.COMPLETE, app);
    }

    /** Sends the dossier back with the default deadline ({@link #defaultDeadline}). */
    @Transactional
    public void markIncomplete(Long applicationId, ActorRef staff, String message) {
        markIncomplete(applicationId, staff, message, defaultDeadline(checkable(applicationId)));
    }

    /**
     * Sends the dossier back: at least one refused (or missing) piece, a message, and the last day the candidate has
     * to resubmit, chosen by the secretariat: after today, and no later than the day of the track's review deadline
     * (a dossier completed later could not be read in time). The candidate may resubmit until the end of that day,
     * Paris time.
     */
    @Transactional
    public void markIncomplete(Long applicationId, ActorRef staff, String message, LocalDate deadline) {
        Application app = checkable(applicationId);
        if (deadline == null) {
            throw new RuleViolation(DocumentError.DEADLINE_REQUIRED);
        }
        if (!deadline.isAfter(today())) {
            throw new RuleViolation(DocumentError.DEADLINE_NOT_FUTURE);
        }
        if (deadline.isAfter(latestDeadline(app))) {
            throw new RuleViolation(DocumentError.DEADLINE_AFTER_REVIEW);
        }
        List<ApplicationDocument> refused = ApplicationDocument.of(app).stream()
                .filter(d -> d.status == DocumentStatus.REFUSED).toList();
        boolean missing = !documents.missing(app).isEmpty();
        if (refused.isEmpty() && !missing) {
            throw new RuleViolation(DocumentError.INCOMPLETE_NEEDS_REFUSAL);
        }
        applications.transition(app, Transition.MARK_INCOMPLETE, staff, Texts.stripToNull(message));
        app.completionDeadline = ZonedDateTime.of(deadline, LocalTime.of(23, 59, 59), AppClock.PARIS).toInstant();
        mails.owe(ApplicationMail.Kind.INCOMPLETE, app, app.completionDeadline);
    }

    /** The deadline the page proposes: the configured number of days from today, within the review deadline. */
    public LocalDate defaultDeadline(Application app) {
        LocalDate usual = today().plusDays(config.completionDays());
        LocalDate latest = latestDeadline(app);
        return usual.isAfter(latest) ? latest : usual;
    }

    /** The last day a dossier of this track may be given to complete: the day of its review deadline, Paris time. */
    public LocalDate latestDeadline(Application app) {
        return app.track.reviewDeadline.atZone(AppClock.PARIS).toLocalDate();
    }

    private LocalDate today() {
        return clock.nowInParis().toLocalDate();
    }

    /** Only a dossier waiting for its check (submitted, not yet complete nor sent back) has its pieces checked. */
    private Application underCheck(Long applicationId) {
        Application app = checkable(applicationId);
        if (app.status != ApplicationStatus.SUBMITTED) {
            throw new RuleViolation(DocumentError.NOT_UNDER_CHECK);
        }
        return app;
    }

    /** The secretariat's verdict on one document of a dossier under check: validated, or refused with a reason. */
    private void review(Long applicationId, Long documentId, ActorRef staff, DocumentEvent.Action verdict, String reason) {
        Application app = underCheck(applicationId);
        ApplicationDocument document = ApplicationDocument.inDossier(documentId, app).orElseThrow(NotFoundException::new);
        if (!document.hasFile()) {
            throw new NotFoundException();
        }
        verdict(document, staff, verdict, reason);
    }

    private void verdict(ApplicationDocument document, ActorRef staff, DocumentEvent.Action verdict, String reason) {
        document.status = verdict == DocumentEvent.Action.VALIDATED ? DocumentStatus.VALIDATED : DocumentStatus.REFUSED;
        document.refusalReason = reason;
        document.reviewedAt = clock.now();
        document.reviewedBy = staff.shownName();
        DocumentEvent.record(document, staff, verdict, document.reviewedAt, reason);
    }
}
