package fr.univlorraine.ieps.notification;

import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.Failures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The outbox of candidates' mails. A mail is a row written in the transaction of the change that owes it, so a
 * rolled-back change owes nothing and a committed one cannot lose its mail; a job sends the due rows outside any
 * transaction, each claimed first by a conditional update so that two instances never send the same one, and
 * retries a failure later (waits doubling up to a limit) until it is sent or has failed every attempt.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    MailConfig config;

    @Inject
    MailSender sender;

    /** Writes the mail in the caller's transaction (a new one if there is none); a mail without address is dropped. */
    @Transactional
    void owe(@Observes ApplicationMail mail) {
        if (mail.to() == null || mail.to().isBlank()) {
            LOG.warnf("Mail %s for application %d not written: the dossier has no address", mail.kind(),
                    mail.applicationId());
            return;
        }
        OutboxMail.of(mail, clock.now()).persist();
    }

    @Scheduled(identity = "mail-outbox", every = "${ieps.mail.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue();
    }

    /**
     * One pass: marks interrupted claims, then sends every due mail, a batch at a time until none is left (a
     * publication's hundreds of mails leave in one pass); returns how many left. Tests call it.
     */
    public int sendDue() {
        Instant now = clock.now();
        QuarkusTransaction.requiringNew().run(() -> markInterrupted(now));
        int sent = 0;
        List<Long> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "select m.id from OutboxMail m where m.state = :pending and m.nextAttemptAt <= :now order by m.id",
                    Long.class).setParameter("pending", OutboxMail.State.PENDING).setParameter("now", now)
                    .setMaxResults(config.batch()).getResultList());
            for (Long id : due) {
                sent += send(id, now) ? 1 : 0;
            }
            // every row of a batch left PENDING-and-due: sent, failed until later, or claimed by another instance
        } while (due.size() == config.batch());
        return sent;
    }

    /** Claims one mail, sends it outside any transaction, and records how it went; whether it left. */
    private boolean send(Long id, Instant now) {
        ApplicationMail mail = QuarkusTransaction.requiringNew().call(() -> claim(id, now));
        if (mail == null) {
            return false; // another instance claimed it first
        }
        String error = null;
        try {
            sender.send(mail);
        } catch (RuntimeException e) {
            error = Failures.describe(e, 1000);
            LOG.warnf("Mail %d (%s for %s) not sent: %s", id, mail.kind(), mail.reference(), error);
        }
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> settle(id, failure));
        return failure == null;
    }

    /** Claims a due mail for this instance; null when it is not due any more (another instance has it). */
    private ApplicationMail claim(Long id, Instant now) {
        int claimed = em.createQuery("update OutboxMail m set m.state = :sending, m.claimedAt = :now, "
                + "m.attempts = m.attempts + 1 where m.id = :id and m.state = :pending and m.nextAttemptAt <= :now")
                .setParameter("sending", OutboxMail.State.SENDING).setParameter("pending", OutboxMail.State.PENDING)
                .setParameter("now", now).setParameter("id", id).executeUpdate();
        return claimed == 1 ? em.find(OutboxMail.class, id).mail() : null;
    }

    /** Records how the attempt went: sent, due again later, or failed for good after the last attempt. */
    private void settle(Long id, String error) {
        OutboxMail row = em.find(OutboxMail.class, id);
        Instant now = clock.now();
        row.claimedAt = null;
        if (error == null) {
            row.state = OutboxMail.State.SENT;
            row.sentAt = now;
            row.lastError = null;
            if (row.kind == ApplicationMail.Kind.INVITATION) {
                // the invitation's link opens a dossier: once sent, only its hash is kept (by the invitation)
                row.pieces = null;
            }
        } else {
            row.lastError = error;
            if (row.attempts >= config.attempts()) {
                row.state = OutboxMail.State.FAILED;
                LOG.errorf("Mail %d (%s for %s) failed %d times; an admin can send it again: %s", id, row.kind,
                        row.reference, row.attempts, error);
            } else {
                row.state = OutboxMail.State.PENDING;
                row.nextAttemptAt = now.plus(retryAfter(row.attempts));
            }
        }
    }

    /** The wait after {@code attempts} failures: the first wait, doubled after each further failure, capped. */
    Duration retryAfter(int attempts) {
        Duration wait = config.firstRetry();
        for (int i = 1; i < attempts && wait.compareTo(config.longestRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.longestRetry()) > 0 ? config.longestRetry() : wait;
    }

    /** Claims older than the timeout belong to an instance that stopped mid-send: the mail may have left. */
    private void markInterrupted(Instant now) {
        int interrupted = em.createQuery("update OutboxMail m set m.state = :interrupted where m.state = :sending "
                + "and m.claimedAt < :limit").setParameter("interrupted", OutboxMail.State.INTERRUPTED)
                .setParameter("sending", OutboxMail.State.SENDING)
                .setParameter("limit", now.minus(config.claimTimeout())).executeUpdate();
        if (interrupted > 0) {
            LOG.errorf("%d mail(s) were being sent by an instance that stopped; an admin decides whether to send "
                    + "them again", interrupted);
        }
    }

    /** Puts a failed or interrupted mail back in the queue, due now, with its attempts counted afresh. */
    @Transactional
    public boolean resend(Long id) {
        return em.createQuery("update OutboxMail m set m.state = :pending, m.attempts = 0, m.nextAttemptAt = :now, "
                + "m.lastError = null where m.id = :id and m.state in (:failed, :interrupted)")
                .setParameter("pending", OutboxMail.State.PENDING).setParameter("now", clock.now())
                .setParameter("id", id).setParameter("failed", OutboxMail.State.FAILED)
                .setParameter("interrupted", OutboxMail.State.INTERRUPTED).executeUpdate() == 1;
    }

    /** How many mails are in each state (every state present, zero when none). */
    @Transactional
    public Map<OutboxMail.State, Long> counts() {
        Map<OutboxMail.State, Long> counts = new EnumMap<>(OutboxMail.State.class);
        for (OutboxMail.State state : OutboxMail.State.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select m.state, count(m) from OutboxMail m group by m.state", Object[].class).getResultList()
                .forEach(row -> counts.put((OutboxMail.State) row[0], (Long) row[1]));
        return counts;
    }

    /** The mails in these states, newest first, at most {@code max}. */
    @Transactional
    public List<OutboxMail> list(List<OutboxMail.State> states, int max) {
        return em.createQuery("select m from OutboxMail m where m.state in :states order by m.id desc",
                OutboxMail.class).setParameter("states", states).setMaxResults(max).getResultList();
    }
}
