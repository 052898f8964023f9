package fr.univlorraine.ieps.messaging;

import java.time.Instant;

/**
 * A candidate wrote in the thread of their dossier. Fired inside the transaction that saves the message, so an
 * observer may write in it (an outbox mail to the staff) or wait for the commit
 * ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}). Nobody mails the staff about it yet.
 */
public record CandidateReplied(Long applicationId, Long messageId, Instant sentAt) {
}
