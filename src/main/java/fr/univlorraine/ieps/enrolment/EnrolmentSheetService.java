package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The enrolment sheet of a candidate who accepted their place: open while the dossier is ACCEPTED, written whole
 * once every field passes its checks, read by the secretariat's enrolment and the accepted list.
 */
@ApplicationScoped
public class EnrolmentSheetService {

    /** Where a dossier stands with its sheet, for the candidate's status page. */
    public enum State {
        /** The dossier has no sheet to fill (no accepted place). */
        NONE,
        /** Accepted, sheet still to complete. */
        TO_COMPLETE,
        /** The sheet is complete. */
        COMPLETE
    }

    @Inject
    ApplicationService applications;

    @Inject
    FormCheck check;

    @Inject
    AppClock clock;

    /** The form of the candidate's own dossier: the saved sheet, or one filled from the dossier. */
    @Transactional
    public SheetForm form(Application app) {
        return EnrolmentSheet.of(app.id).map(SheetForm::of).orElseGet(() -> SheetForm.prefilled(app));
    }

    /** The saved sheet of a dossier, if any. */
    @Transactional
    public EnrolmentSheet sheet(Long applicationId) {
        return EnrolmentSheet.of(applicationId).orElse(null);
    }

    /**
     * Saves the candidate's sheet, or says what is wrong and changes nothing: the dossier must be the candidate's
     * (another's is not found), ACCEPTED, and the sheet unchanged since the page was drawn.
     */
    @Transactional
    public FormErrors save(Long id, String subject, SheetForm form) {
        Application owned = applications.owned(id, subject);
        Application app = Application.findById(owned.id, LockModeType.PESSIMISTIC_WRITE);
        if (app.status != ApplicationStatus.ACCEPTED) {
            return new FormErrors().add(SheetField.version, SheetError.NOT_ACCEPTED);
        }
        FormErrors errors = check.check(form);
        if (errors.any()) {
            return errors;
        }
        EnrolmentSheet sheet = EnrolmentSheet.of(app.id).orElse(null);
        Long typedOver = form.versionNumber();
        if (sheet != null && (typedOver == null || typedOver != sheet.version)) {
            return new FormErrors().add(SheetField.version, SheetError.STALE);
        }
        Instant now = clock.now();
        if (sheet == null) {
            sheet = new EnrolmentSheet();
            sheet.application = app;
            sheet.completedAt = now;
        }
        form.applyTo(sheet);
        sheet.updatedAt = now;
        sheet.persist();
        return errors;
    }

    /** Where the dossier stands with its sheet. */
    @Transactional
    public State state(Application app) {
        boolean accepted = app.status == ApplicationStatus.ACCEPTED || app.status == ApplicationStatus.ENROLLED;
        if (!accepted) {
            return State.NONE;
        }
        return EnrolmentSheet.exists(app.id) ? State.COMPLETE : State.TO_COMPLETE;
    }

    public boolean complete(Long applicationId) {
        return EnrolmentSheet.exists(applicationId);
    }

    /** The sheets of these dossiers, by dossier id, in one query. */
    @Transactional
    public Map<Long, EnrolmentSheet> ofApplications(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        List<EnrolmentSheet> found = EnrolmentSheet.list("application.id in ?1", applicationIds);
        return found.stream().collect(Collectors.toMap(s -> s.application.id, s -> s));
    }
}
