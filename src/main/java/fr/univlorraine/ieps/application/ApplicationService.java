package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Optional;

/** The rules of a dossier's life: creation, draft saving, submission, withdrawal, every transition. */
@ApplicationScoped
public class ApplicationService {

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @Inject
    CandidateMails mails;

    @Inject
    ReferenceNumbers references;

    @Inject
    FormCheck formCheck;

    @Inject
    jakarta.enterprise.inject.Instance<SubmissionCheck> submissionChecks;

    @Inject
    DossierPieces pieces;

    @Inject
    StaffNotices staffNotices;

    /**
     * Result of a save or submission: the errors to show, or none; {@code savedVersion} is the dossier's new version when
     * a draft was saved, also when a refused submission was kept as the draft (null when nothing was written).
     */
    public record Outcome(FormErrors errors, Long savedVersion) {

        Outcome(FormErrors errors) {
            this(errors, null);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Application owned(Long id, String subject) {
        return Application.findOwned(id, subject).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public Application create(ActorRef candidate, String email, Long trackId, EntryRoute route, boolean vap, String lang) {
        Track track = Optional.ofNullable(Track.<Track>findById(trackId)).orElseThrow(() -> new RuleViolation(ApplicationError.TRACK_UNKNOWN));
        Instant now = clock.now();
        // each route has its window: the track's, or, for a route that goes through the national platform, none
        // (refused) unless the head opened a local recruitment to it
        ChannelWindow window = ChannelWindow.of(track, route);
        if (window == null) {
            throw new RuleViolation(ChannelError.ON_PLATFORM);
        }
        if (!window.isOpenAt(now)) {
            throw new RuleViolation(now.isBefore(window.opensAt()) ? ApplicationError.NOT_OPEN_YET : ApplicationError.CLOSED);
        }
        if (Application.hasLiveApplication(candidate.subject(), track)) {
            throw new RuleViolation(ApplicationError.ALREADY_APPLIED);
        }
        var app = new Application();
        app.track = track;
        app.candidateSubject = candidate.subject();
        app.liveTrackId = track.id;
        app.status = ApplicationStatus.DRAFT;
        app.entryRoute = route;
        app.vap = vap && route == EntryRoute.CONTINUE;
        app.lang = lang;
        app.email = email;
        app.createdAt = now;
        app.updatedAt = now;
        app.persist();
        record(app, candidate, null, null, ApplicationStatus.DRAFT, null);
        try {
            // the unique key settles two simultaneous creations for the same track
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new RuleViolation(ApplicationError.ALREADY_APPLIED);
        }
        return app;
    }

    /**
     * Saves the form as a draft when it passes the draft rules, and gives its new version; nothing is written
     * otherwise.
     */
    @Transactional
    public Outcome saveDraft(Long id, ActorRef candidate, ApplicationForm form) {
        Application app = owned(id, candidate.subject());
        FormErrors errors = formCheck.check(form);
        checkEditable(app, form.sentVersion());
        refuseWhenClosed(app, clock.now());
        refuseRouteClosed(app, form.entryRoute(), clock.now());
        if (errors.any()) {
            return new Outcome(errors);
        }
        form.applyTo(app);
        app.updatedAt = clock.now();
        app.flush();
        return new Outcome(errors, app.version);
    }

    /**
     * The first step of a submission: the answers are saved as the draft when they pass the draft rules (nothing typed
     * is lost, even when something else is missing), then the dossier is checked as a submission would check it.
     * Nothing is submitted: with no error the candidate confirms on the summary page ({@link #submit}). The outcome
     * carries the errors and the draft's new version (null when nothing was written).
     */
    @Transactional
    public Outcome saveForSubmission(Long id, ActorRef candidate, ApplicationForm form) {
        Application app = owned(id, candidate.subject());
        checkEditable(app, form.sentVersion());
        refuseWhenClosed(app, clock.now());
        refuseRouteClosed(app, form.entryRoute(), clock.now());
        FormErrors errors = formCheck.check(form, ApplicationForm.Submit.class);
        boolean draftValid = !formCheck.check(form).any();
        if (draftValid) {
            // the other features check the dossier with these answers (a piece may depend on one)
            form.applyTo(app);
            app.updatedAt = clock.now();
        }
        for (SubmissionCheck check : submissionChecks) {
            check.check(app, errors);
        }
        if (!draftValid) {
            return new Outcome(errors);
        }
        app.flush();
        return new Outcome(errors, app.version);
    }

    /**
     * What prevents the dossier, as saved, from being submitted now: the submission rules of its answers and of its
     * pieces (empty when nothing does).
     */
    public FormErrors submissionErrors(Application app) {
        FormErrors errors = formCheck.check(ApplicationForm.of(app), ApplicationForm.Submit.class);
        for (SubmissionCheck check : submissionChecks) {
            check.check(app, errors);
        }
        return errors;
    }

    /**
     * Submits the dossier as the candidate confirmed it on the summary page drawn from {@code version}, with the
     * pieces it listed ({@code piecesShown}, their {@link DossierPieces#fingerprint}; null when the request does not
     * say, then only the version is checked): refused when it is no longer theirs to submit or the track is closed
     * ({@link RuleViolation}), when it or its pieces changed since that page ({@link OptimisticLockException}), or
     * when it no longer passes the submission rules (the errors; nothing changes). The dossier gets its reference, its
     * history line and its receipt mail, in {@code lang}, the language the candidate submitted in.
     */
    @Transactional
    public Outcome submit(Long id, ActorRef candidate, long version, String piecesShown, String lang) {
        Application app = owned(id, candidate.subject());
        checkEditable(app, version);
        Instant now = clock.now();
        refuseWhenClosed(app, now);
        if (piecesShown != null && !piecesShown.equals(DossierPieces.fingerprint(pieces.of(app, lang)))) {
            throw new OptimisticLockException();
        }
        FormErrors errors = submissionErrors(app);
        if (errors.any()) {
            return new Outcome(errors);
        }
        app.updatedAt = now;
        app.lang = lang;
        Transition transition = app.status == ApplicationStatus.INCOMPLETE ? Transition.RESUBMIT : Transition.SUBMIT;
        if (app.reference == null) {
            app.reference = nextReference(app.track);
        }
        if (app.submittedAt == null) {
            app.submittedAt = now;
        } else {
            // the first submission keeps its date, and the dossier its place in the secretariat's queue
            app.resubmittedAt = now;
        }
        transition(app, transition, candidate, null);
        mails.receipt(app, pieces.of(app, app.lang));
        return new Outcome(errors);
    }

    /**
     * The single door through which a dossier changes state: checks the machine, moves, keeps the
     * one-live-application key in step, writes the history line, and owes the staff their mail when the move concerns
     * them ({@link StaffNotices}).
     */
    @Transactional
    public void transition(Application app, Transition transition, ActorRef actor, String reason) {
        ApplicationStatus from = app.status;
        transition.check(from, actor.role(), reason);
        app.status = transition.target();
        app.liveTrackId = app.status.isLive() ? app.track.id : null;
        app.updatedAt = clock.now();
        record(app, actor, transition, from, app.status, reason);
        staffNotices.moved(app, transition, from);
    }

    /**
     * After the closing (or, sent back for completion, the secretariat's deadline) nothing is saved or submitted; nor is
     * a draft whose route goes through the national platform, outside a local recruitment open to it.
     */
    private static void refuseWhenClosed(Application app, Instant now) {
        if (app.status == ApplicationStatus.DRAFT) {
            refuseRouteClosed(app, app.entryRoute == null ? null : app.entryRoute.name(), now);
        }
        ApplicationError closed = app.closedAt(now);
        if (closed != null) {
            throw new RuleViolation(closed);
        }
    }

    /**
     * A draft cannot move to (or stay on) a route whose candidates apply on the national platform, nor one whose window
     * is not open now (a local recruitment may open one route of a track while the others are closed).
     */
    private static void refuseRouteClosed(Application app, String route, Instant now) {
        EntryRoute chosen = FormValues.constant(EntryRoute.class, route);
        if (app.status != ApplicationStatus.DRAFT || chosen == null) {
            return;
        }
        ChannelWindow window = ChannelWindow.of(app.track, chosen);
        if (window == null) {
            throw new RuleViolation(ChannelError.ON_PLATFORM);
        }
        if (!window.isOpenAt(now)) {
            throw new RuleViolation(ApplicationError.CLOSED);
        }
    }

    private void checkEditable(Application app, long sentVersion) {
        if (!app.status.isEditableByCandidate()) {
            throw new RuleViolation(ApplicationError.NOT_EDITABLE);
        }
        if (sentVersion != app.version) {
            throw new OptimisticLockException();
        }
    }

    /** The next reference of the track (IEPS-2027-M1-0042), in the caller's transaction: also for imported dossiers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String nextReference(Track track) {
        return "IEPS-%d-%s-%04d".formatted(track.campaign.startYear, track.level, references.next(track.id));
    }

    private void record(Application app, ActorRef actor, Transition transition, ApplicationStatus from,
            ApplicationStatus to, String reason) {
        var event = new ApplicationEvent();
        event.application = app;
        event.occurredAt = clock.now();
        event.actorSubject = actor.subject();
        event.actorName = actor.name();
        event.actorRole = actor.role();
        event.transition = transition;
        event.fromStatus = from;
        event.toStatus = to;
        event.reason = reason == null || reason.isBlank() ? null : reason.trim();
        event.persist();
    }
}
