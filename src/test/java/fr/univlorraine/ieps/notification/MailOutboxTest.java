package fr.univlorraine.ieps.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.TestIds;
import io.quarkus.arc.ClientProxy;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The outbox: a mail is written with the change that owes it and sent by the job, once; a mail server that is down
 * delays mails without losing them; a mail that failed every attempt waits for an admin; a claim left by a stopped
 * instance is never sent again on its own.
 */
@QuarkusTest
class MailOutboxTest {

    @Inject
    Event<ApplicationMail> mails;

    @Inject
    MailOutbox outbox;

    @Inject
    MailConfig config;

    @Inject
    MockMailbox mailbox;

    @Inject
    MailSender sender;

    /** A mail server that refuses every mail while it is down, counting the attempts; then the real one. */
    static class DownMailSender extends MailSender {
        final AtomicInteger tries = new AtomicInteger();
        final MailSender real;
        volatile boolean down = true;

        DownMailSender(MailSender real) {
            this.real = real;
        }

        @Override
        void send(ApplicationMail mail) {
            if (!down) {
                real.send(mail);
                return;
            }
            tries.incrementAndGet();
            throw new IllegalStateException("Connection refused: smtp.example.org:587");
        }
    }

    private DownMailSender mailServerDown() {
        var down = new DownMailSender(ClientProxy.unwrap(sender));
        QuarkusMock.installMockForType(down, MailSender.class);
        return down;
    }

    private ApplicationMail owe(String to) {
        var mail = new ApplicationMail(ApplicationMail.Kind.RECEIPT, ThreadLocalRandom.current().nextLong(1L << 40),
                to, "fr", TestIds.unique("IEPS-"), "M2", Instant.parse("2027-03-01T10:00:00Z"));
        QuarkusTransaction.requiringNew().run(() -> mails.fire(mail));
        return mail;
    }

    private static OutboxMail row(ApplicationMail mail) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>find("applicationId", mail.applicationId())
                .singleResult());
    }

    /** Makes a waiting mail due now, as if its wait had passed. */
    private static void makeDue(ApplicationMail mail) {
        QuarkusTransaction.requiringNew().run(() -> OutboxMail.update("nextAttemptAt = ?1 where applicationId = ?2",
                Instant.now().minusSeconds(1), mail.applicationId()));
    }

    private static String address() {
        return TestIds.unique("outbox-") + "@example.fr";
    }

    @Test
    void aMailIsWrittenWithItsChangeAndSentOnceByTheJob() {
        String to = address();
        ApplicationMail mail = owe(to);

        assertEquals(OutboxMail.State.PENDING, row(mail).state);
        assertTrue(mailbox.getMailsSentTo(to).isEmpty(), "nothing leaves inside the change's request");

        outbox.sendDue();
        outbox.sendDue();

        assertEquals(1, mailbox.getMailsSentTo(to).size(), "sent once, however many passes");
        assertTrue(mailbox.getMailsSentTo(to).get(0).getText().contains(mail.reference()));
        OutboxMail sent = row(mail);
        assertEquals(OutboxMail.State.SENT, sent.state);
        assertEquals(1, sent.attempts);
        assertNotNull(sent.sentAt);
    }

    @Test
    void aChangeRolledBackOwesNoMail() {
        var mail = new ApplicationMail(ApplicationMail.Kind.DECISION, ThreadLocalRandom.current().nextLong(1L << 40),
                address(), "en", "IEPS-2027-M2-0001", "M2", null);
        QuarkusTransaction.begin();
        mails.fire(mail);
        QuarkusTransaction.rollback();

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("applicationId", mail.applicationId())));
    }

    @Test
    void aMailServerDownDelaysTheMailWithLongerWaitsThenItLeavesWhenTheServerIsBack() {
        var down = mailServerDown();
        String to = address();
        ApplicationMail mail = owe(to);

        Instant before = Instant.now();
        outbox.sendDue();

        OutboxMail waiting = row(mail);
        assertEquals(OutboxMail.State.PENDING, waiting.state);
        assertEquals(1, waiting.attempts);
        assertTrue(waiting.lastError.contains("Connection refused"), waiting.lastError);
        assertFalse(waiting.nextAttemptAt.isBefore(before.plus(config.firstRetry())), "tried again after a wait");
        outbox.sendDue();
        assertEquals(1, down.tries.get(), "not tried again before its wait has passed");

        down.down = false;
        makeDue(mail);
        outbox.sendDue();

        assertEquals(1, mailbox.getMailsSentTo(to).size());
        assertEquals(OutboxMail.State.SENT, row(mail).state);
        assertNull(row(mail).lastError);
    }

    @Test
    void aMailThatFailedEveryAttemptWaitsForAnAdminWhoCanSendItAgain() {
        var down = mailServerDown();
        String to = address();
        ApplicationMail mail = owe(to);

        for (int i = 0; i < config.attempts() + 2; i++) {
            makeDue(mail);
            outbox.sendDue();
        }

        OutboxMail failed = row(mail);
        assertEquals(OutboxMail.State.FAILED, failed.state);
        assertEquals(config.attempts(), failed.attempts, "no attempt after the last one");
        assertEquals(config.attempts(), down.tries.get());
        assertTrue(outbox.list(List.of(OutboxMail.State.FAILED), 1000).stream().anyMatch(m -> m.id.equals(failed.id)));

        down.down = false;
        assertTrue(outbox.resend(failed.id));
        assertFalse(outbox.resend(failed.id), "already back in the queue");
        outbox.sendDue();

        assertEquals(1, mailbox.getMailsSentTo(to).size());
        assertEquals(OutboxMail.State.SENT, row(mail).state);
        assertFalse(outbox.resend(failed.id), "a sent mail is not sent again");
    }

    @Test
    void aMailClaimedByAnotherInstanceIsNotSentHereAndAStaleClaimIsMarkedInterrupted() {
        String to = address();
        ApplicationMail claimed = owe(to);
        QuarkusTransaction.requiringNew().run(() -> OutboxMail.update(
                "state = ?1, claimedAt = ?2, attempts = 1 where applicationId = ?3", OutboxMail.State.SENDING,
                Instant.now(), claimed.applicationId()));

        outbox.sendDue();
        assertTrue(mailbox.getMailsSentTo(to).isEmpty(), "another instance is sending it");
        assertEquals(OutboxMail.State.SENDING, row(claimed).state);

        QuarkusTransaction.requiringNew().run(() -> OutboxMail.update("claimedAt = ?1 where applicationId = ?2",
                Instant.now().minus(config.claimTimeout()).minusSeconds(60), claimed.applicationId()));
        outbox.sendDue();

        assertEquals(OutboxMail.State.INTERRUPTED, row(claimed).state, "it may have left: an admin decides");
        assertTrue(mailbox.getMailsSentTo(to).isEmpty());
    }

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongest() {
        assertEquals(Duration.ofMinutes(1), outbox.retryAfter(1));
        assertEquals(Duration.ofMinutes(2), outbox.retryAfter(2));
        assertEquals(Duration.ofMinutes(4), outbox.retryAfter(3));
        assertEquals(Duration.ofMinutes(32), outbox.retryAfter(6));
        assertEquals(Duration.ofHours(1), outbox.retryAfter(7));
        assertEquals(Duration.ofHours(1), outbox.retryAfter(40));
    }

    @Test
    void moreMailsThanABatchAllLeaveInOnePass() {
        String to = address();
        int count = config.batch() + 1;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                mails.fire(new ApplicationMail(ApplicationMail.Kind.DECISION, ThreadLocalRandom.current().nextLong(1L << 40),
                        to, "fr", "IEPS-2027-M1-" + i, "M1", null));
            }
        });

        outbox.sendDue();

        assertEquals(count, mailbox.getMailsSentTo(to).size(), "a publication's mails do not wait for the next pass");
    }
}
