package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.CandidateMails;
import fr.univlorraine.ieps.application.StaffNotices;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.FormVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Requests for the detailed motives of a refusal (Code de l'éducation, art. D612-36-2): a refused candidate
 * asks once, after the decision is published; the heads or the secretariat answer once, within a month.
 * Named for the pages: {@code inject:motiveRequests.pendingCount}, {@code inject:motiveRequests.requestable(app)}.
 */
@Named("motiveRequests")
@ApplicationScoped
public class MotiveRequestService {

    @Inject
    AppClock clock;

    @Inject
    ApplicationService applications;

    @Inject
    CandidateMails mails;

    @Inject
    FormCheck check;

    @Inject
    StaffNotices staff;

    /** One request of the staff queue with its dossier, the published refusal and the days left until it is due. */
    public record Line(MotiveRequest request, Application app, Decision decision, int daysLeft) {
        public boolean overdue() {
            return !request.isAnswered() && daysLeft < 0;
        }

        public boolean dueToday() {
            return !request.isAnswered() && daysLeft == 0;
        }

        public int daysLate() {
            return -daysLeft;
        }
    }

    /** The queue: unanswered requests by due date, then answered ones, most recent answer first. */
    public record Queue(List<Line> pending, List<Line> answered) {
    }

    /** The request made for this dossier, if any: what the candidate's status page shows. */
    public Optional<MotiveRequest> of(Long applicationId) {
        return MotiveRequest.of(applicationId);
    }

    /** Whether the candidate may ask now: refused by a published decision, and not asked yet. */
    public boolean requestable(Application app) {
        return app != null && app.status == ApplicationStatus.REJECTED && refusal(app.id).isPresent()
                && MotiveRequest.of(app.id).isEmpty();
    }

    /**
     * Records the candidate's request, due one month after the day it is made (Paris time), and owes the heads a mail
     * stating that day. Someone else's dossier is a 404; a dossier not refused by a published decision, or already
     * asked about, is refused.
     */
    @Transactional
    public MotiveRequest request(Long applicationId, String candidateSubject) {
        Application app = applications.owned(applicationId, candidateSubject);
        if (app.status != ApplicationStatus.REJECTED || refusal(app.id).isEmpty()) {
            throw new MotiveRefused(MotiveRefusal.REQUEST_NOT_REJECTED);
        }
        if (MotiveRequest.of(app.id).isPresent()) {
            throw new MotiveRefused(MotiveRefusal.REQUEST_ALREADY);
        }
        var request = new MotiveRequest();
        request.application = app;
        request.requestedAt = clock.now();
        request.dueOn = LocalDate.ofInstant(request.requestedAt, AppClock.PARIS).plusMonths(1);
        request.persist();
        try {
            // two clicks at once: the unique key on the dossier keeps a single request
            MotiveRequest.flush();
        } catch (PersistenceException e) {
            throw new MotiveRefused(MotiveRefusal.REQUEST_ALREADY);
        }
        // the heads learn it at once (or in their digest), with the day the answer is due
        staff.motivesRequested(app, request.dueOn.atStartOfDay(AppClock.PARIS).toInstant());
        return request;
    }

    public int pendingCount() {
        return (int) Counts.of("select count(r) from MotiveRequest r where r.answeredAt is null");
    }

    public Queue queue() {
        List<MotiveRequest> all = MotiveRequest.list("from MotiveRequest r join fetch r.application a join fetch a.track t "
                + "join fetch t.campaign order by r.dueOn, r.requestedAt, r.id");
        List<Line> lines = lines(all);
        List<Line> pending = lines.stream().filter(l -> !l.request().isAnswered()).toList();
        List<Line> answered = lines.stream().filter(l -> l.request().isAnswered())
                .sorted(Comparator.comparing((Line l) -> l.request().answeredAt).reversed()).toList();
        return new Queue(pending, answered);
    }

    /** One request with its dossier and refusal, for the answer page. */
    public Line line(Long requestId) {
        List<MotiveRequest> found = MotiveRequest.list("from MotiveRequest r join fetch r.application a join fetch a.track t "
                + "join fetch t.campaign where r.id = ?1", requestId);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return lines(found).get(0);
    }

    /**
     * Saves the answer once, then tells the candidate by mail after the commit. Field errors change nothing;
     * a request already answered (by someone else, or a second click) is refused.
     */
    @Transactional
    public FormErrors answer(Long requestId, AnswerForm form, String staffName) {
        MotiveRequest request = MotiveRequest.<MotiveRequest>findByIdOptional(requestId).orElseThrow(NotFoundException::new);
        if (request.isAnswered()) {
            throw new MotiveRefused(MotiveRefusal.ANSWER_ALREADY);
        }
        FormErrors errors = check.check(form);
        if (errors.any()) {
            return errors;
        }
        if (request.version != FormVersion.parse(form.version(), -1)) {
            // only an answer changes a request: another version is a forged form
            throw new OptimisticLockException();
        }
        request.answer = form.answer();
        request.answeredAt = clock.now();
        request.answeredBy = staffName;
        try {
            // two people answering at once: the version lets only the first one through
            MotiveRequest.flush();
        } catch (OptimisticLockException e) {
            throw new MotiveRefused(MotiveRefusal.ANSWER_ALREADY);
        }
        mails.owe(ApplicationMail.Kind.MOTIVES_ANSWERED, request.application);
        return errors;
    }

    private List<Line> lines(List<MotiveRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        List<Long> ids = requests.stream().map(r -> r.application.id).toList();
        Map<Long, Decision> decisions = Decision.<Decision>list("from Decision d left join fetch d.motive "
                + "where d.application.id in ?1", ids).stream()
                .collect(Collectors.toMap(d -> d.application.id, Function.identity()));
        LocalDate today = clock.nowInParis().toLocalDate();
        return requests.stream().map(r -> new Line(r, r.application, decisions.get(r.application.id),
                (int) ChronoUnit.DAYS.between(today, r.dueOn))).toList();
    }

    private static Optional<Decision> refusal(Long applicationId) {
        return Decision.published(applicationId).filter(d -> d.kind == DecisionKind.REJECT);
    }
}
