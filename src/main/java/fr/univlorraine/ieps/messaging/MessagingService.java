package fr.univlorraine.ieps.messaging;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.CandidateMails;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.Texts;
import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The threads of messages between the staff and the candidates, one per dossier. The staff write to one dossier or to
 * each dossier of a selection, whatever its status (a withdrawn or refused candidate may still need an answer); the
 * candidate reads and writes in the thread of their own dossier as long as it exists. A message of the staff owes the
 * candidate a mail, in the same transaction, saying only that a message waits; a candidate's message fires
 * {@link CandidateReplied}. Opening a thread marks the other side's messages read for the side that opens it.
 * Named for the pages: {@code inject:messaging.staffUnreadBadge}, {@code inject:messaging.candidateUnread(app.id)}.
 */
@Named("messaging")
@ApplicationScoped
public class MessagingService {

    /** The inbox shows the threads with unread messages first, then the latest, at most this many. */
    public static final int INBOX_SIZE = 200;

    @Inject
    AppClock clock;

    @Inject
    ApplicationService applications;

    @Inject
    CandidateMails mails;

    @Inject
    FormCheck check;

    @Inject
    Event<CandidateReplied> replies;

    /** One message as a page shows it: {@code fresh} when the reader's side had not read it before this page. */
    public record Line(DossierMessage message, boolean fresh) {
    }

    /** A dossier and its thread, oldest first. */
    public record Thread(Application app, List<Line> lines) {
        public boolean isEmpty() {
            return lines.isEmpty();
        }

        /** The candidate's name as the dossier gives it (empty before they gave it). */
        public String candidateName() {
            return Texts.join(" ", app.firstName, app.lastName);
        }
    }

    /** A dossier of the staff's inbox: its latest message, how many it has and how many the staff have not read. */
    public record InboxLine(Application app, Instant lastAt, long count, long unread) {
    }

    /** The staff's inbox, and whether older threads were left out. */
    public record Inbox(List<InboxLine> lines, boolean truncated) {
    }

    /** What a send did: the field errors (nothing written), or the messages written, one per dossier. */
    public record Outcome(FormErrors errors, List<DossierMessage> sent) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    // --- the staff's side

    /** The thread of a dossier as the staff read it: the candidate's unread messages become read by the staff. */
    @Transactional
    public Thread staffThread(Long applicationId) {
        Application app = dossier(applicationId);
        return read(app, DossierMessage.Side.STAFF);
    }

    /**
     * The thread of a dossier the staff are opening, read in the caller's transaction: the candidate's messages the
     * staff have not read yet are the fresh ones. Nothing is marked read here: {@link #markReadByStaff} does it once
     * the page that shows them is ready to go.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Thread staffThreadOpening(Application app) {
        return new Thread(app, DossierMessage.thread(app.id).stream().map(m -> new Line(m, m.staffReadAt == null))
                .toList());
    }

    /** The fresh messages of a thread the staff opened become read by the staff; nothing to write when none is. */
    public void markReadByStaff(Thread thread) {
        List<Long> fresh = thread.lines().stream().filter(Line::fresh).map(line -> line.message().id).toList();
        if (fresh.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        QuarkusTransaction.requiringNew().run(() -> DossierMessage.update("staffReadAt = ?1 where id in ?2 and "
                + "staffReadAt is null", now, fresh));
    }

    /** The thread of a dossier for a page that shows it again (after an error): nothing is marked read. */
    @Transactional
    public Thread staffThreadAsIs(Long applicationId) {
        Application app = dossier(applicationId);
        return new Thread(app, DossierMessage.thread(app.id).stream().map(m -> new Line(m, false)).toList());
    }

    /** Writes a message of the staff to one dossier and owes its candidate a mail; a dossier that does not exist is a 404. */
    @Transactional
    public Outcome sendToOne(Long applicationId, MessageForm form, ActorRef staff) {
        Application app = dossier(applicationId);
        FormErrors errors = check.check(form);
        if (errors.any()) {
            return new Outcome(errors, List.of());
        }
        return new Outcome(errors, List.of(fromStaff(app, form.body(), staff, clock.now())));
    }

    /** The dossiers of a selection, in its order; an id that is no dossier is a 404 (the page offered no such thing). */
    @Transactional
    public List<Application> recipients(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Application> found = Application.<Application>list("from Application a join fetch a.track t "
                + "join fetch t.campaign where a.id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        if (found.size() != ids.size()) {
            throw new NotFoundException();
        }
        return ids.stream().map(found::get).toList();
    }

    /** Writes the same message to each dossier of the selection, one per thread, each with its mail; all or nothing. */
    @Transactional
    public Outcome sendToSelection(SelectionForm form, ActorRef staff) {
        FormErrors errors = check.check(form);
        if (errors.any()) {
            return new Outcome(errors, List.of());
        }
        List<Application> recipients = recipients(form.ids());
        Instant now = clock.now();
        List<DossierMessage> sent = new ArrayList<>();
        for (Application app : recipients) {
            sent.add(fromStaff(app, form.body(), staff, now));
        }
        return new Outcome(errors, sent);
    }

    /** The threads with messages: those with unread messages of candidates first, then by latest message. */
    @Transactional
    public Inbox inbox() {
        List<Object[]> rows = DossierMessage.getEntityManager().createQuery("select m.application.id, max(m.sentAt), "
                + "count(m), sum(case when m.staffReadAt is null then 1 else 0 end) from DossierMessage m "
                + "group by m.application.id "
                + "order by case when sum(case when m.staffReadAt is null then 1 else 0 end) > 0 then 0 else 1 end, "
                + "max(m.sentAt) desc, m.application.id desc", Object[].class)
                .setMaxResults(INBOX_SIZE + 1).getResultList();
        boolean truncated = rows.size() > INBOX_SIZE;
        List<Object[]> shown = truncated ? rows.subList(0, INBOX_SIZE) : rows;
        Map<Long, Application> apps = new HashMap<>();
        if (!shown.isEmpty()) {
            Application.<Application>list("from Application a join fetch a.track t join fetch t.campaign where a.id in ?1",
                    shown.stream().map(r -> (Long) r[0]).toList()).forEach(a -> apps.put(a.id, a));
        }
        List<InboxLine> lines = shown.stream().map(r -> new InboxLine(apps.get((Long) r[0]), (Instant) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
        return new Inbox(lines, truncated);
    }

    /** How many messages of candidates no member of the staff has read. */
    @Transactional
    public long staffUnread() {
        return DossierMessage.unreadByStaff();
    }

    /**
     * The same count for the badge of the staff's navigation, which every page's layout shows: none on a page answered
     * on the I/O thread (a refusal or error page written before any resource runs), where the database is not read,
     * nor when the database does not answer.
     */
    public Long staffUnreadBadge() {
        if (Context.isOnEventLoopThread()) {
            return null;
        }
        try {
            return QuarkusTransaction.joiningExisting().call(DossierMessage::unreadByStaff);
        } catch (RuntimeException e) {
            // the page that says the database is down has no badge
            return null;
        }
    }

    // --- the candidate's side

    /** The thread of the candidate's own dossier (another one is a 404): the staff's unread messages become read. */
    @Transactional
    public Thread candidateThread(Long applicationId, String candidateSubject) {
        Application app = applications.owned(applicationId, candidateSubject);
        return read(app, DossierMessage.Side.CANDIDATE);
    }

    /** The candidate's thread for a page that shows it again (after an error): nothing is marked read. */
    @Transactional
    public Thread candidateThreadAsIs(Long applicationId, String candidateSubject) {
        Application app = applications.owned(applicationId, candidateSubject);
        return new Thread(app, DossierMessage.thread(app.id).stream().map(m -> new Line(m, false)).toList());
    }

    /** Writes the candidate's message in the thread of their own dossier, whatever its status, and fires {@link CandidateReplied}. */
    @Transactional
    public Outcome reply(Long applicationId, ActorRef candidate, MessageForm form) {
        Application app = applications.owned(applicationId, candidate.subject());
        FormErrors errors = check.check(form);
        if (errors.any()) {
            return new Outcome(errors, List.of());
        }
        var message = message(app, DossierMessage.Side.CANDIDATE, candidate, form.body(), clock.now());
        message.candidateReadAt = message.sentAt;
        message.persist();
        replies.fire(new CandidateReplied(app.id, message.id, message.sentAt));
        return new Outcome(errors, List.of(message));
    }

    /** How many messages of the staff the candidate has not read in this dossier (a page the candidate owns asks). */
    @Transactional
    public long candidateUnread(Long applicationId) {
        return DossierMessage.unreadByCandidate(applicationId);
    }

    private DossierMessage fromStaff(Application app, String body, ActorRef staff, Instant now) {
        var message = message(app, DossierMessage.Side.STAFF, staff, body, now);
        message.staffReadAt = now;
        message.persist();
        // the mail says a message waits, with the link, in the dossier's language: never what the message says
        mails.owe(ApplicationMail.Kind.MESSAGE_WAITING, app);
        return message;
    }

    private static DossierMessage message(Application app, DossierMessage.Side side, ActorRef author, String body,
            Instant now) {
        var message = new DossierMessage();
        message.application = app;
        message.authorSide = side;
        message.authorSubject = author.subject();
        message.authorName = author.name();
        message.sentAt = now;
        message.body = body;
        return message;
    }

    /** The thread as one side reads it: what that side had not read is marked fresh on the page, and read from now on. */
    private Thread read(Application app, DossierMessage.Side reader) {
        Instant now = clock.now();
        List<Line> lines = new ArrayList<>();
        for (DossierMessage m : DossierMessage.thread(app.id)) {
            boolean fresh;
            if (reader == DossierMessage.Side.STAFF) {
                fresh = m.staffReadAt == null;
                if (fresh) {
                    m.staffReadAt = now;
                }
            } else {
                fresh = m.candidateReadAt == null;
                if (fresh) {
                    m.candidateReadAt = now;
                }
            }
            lines.add(new Line(m, fresh));
        }
        return new Thread(app, lines);
    }

    private static Application dossier(Long applicationId) {
        List<Application> found = Application.list("from Application a join fetch a.track t join fetch t.campaign "
                + "where a.id = ?1", applicationId);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }
}
