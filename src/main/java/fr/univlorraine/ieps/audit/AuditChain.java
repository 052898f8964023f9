package fr.univlorraine.ieps.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The hash chain of the audit trail: appends a line at its end, and walks it to find the first line altered, removed
 * or slipped in. Appending locks the chain's head row ({@code select ... for update}) until the line's transaction
 * ends, so that lines written by concurrent requests, on one instance or several, still form a single chain.
 */
@ApplicationScoped
public class AuditChain {

    private static final int BATCH = 500;

    /** Where and how the chain breaks, if it does. */
    public enum Break {
        /** The line's fields no longer give its hash, or its link to the line before is wrong: it was changed. */
        ALTERED,
        /** A line is missing at this place of the chain (the line named is the one found after the gap). */
        REMOVED,
        /** The chain ends before its recorded end: its last lines were removed. */
        END_REMOVED,
        /** A line written after the chain began carries no place in it: it was added outside the app. */
        INSERTED
    }

    /**
     * What the check found: how many chained lines it read, how many lines predate the chain (V29, unhashed), and the
     * first break if any (its kind, its place in the chain, the id of the line found there).
     */
    public record Verification(boolean intact, long checked, long beforeChain, Break problem, Long seq, Long eventId) {

        static Verification ok(long checked, long beforeChain) {
            return new Verification(true, checked, beforeChain, null, null, null);
        }

        static Verification broken(long checked, long beforeChain, Break problem, Long seq, Long eventId) {
            return new Verification(false, checked, beforeChain, problem, seq, eventId);
        }
    }

    /** Puts the line at the end of the chain and saves it; in the caller's transaction, which holds the head's lock. */
    void append(EntityManager em, AuditEvent event) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        event.chainSeq = head.lastSeq + 1;
        event.prevHash = head.lastHash;
        event.lineHash = AuditHash.of(event, event.prevHash);
        em.persist(event);
        head.lastSeq = event.chainSeq;
        head.lastHash = event.lineHash;
    }

    /** Walks the chain from its first line; stops at the first break. */
    @Transactional
    public Verification verify() {
        AuditChainHead head = AuditChainHead.findById(AuditChainHead.ID);
        EntityManager em = AuditEvent.getEntityManager();
        long beforeChain = AuditEvent.count("chainSeq is null and id <= ?1", head.genesisEventId);
        long expected = 1;
        String previous = AuditHash.GENESIS;
        Long lastId = null;
        while (expected <= head.lastSeq) {
            List<AuditEvent> lines = AuditEvent.<AuditEvent>find("chainSeq >= ?1 and chainSeq <= ?2 order by chainSeq",
                    expected, head.lastSeq).page(0, BATCH).list();
            if (lines.isEmpty()) {
                break;
            }
            for (AuditEvent line : lines) {
                if (line.chainSeq != expected) {
                    return Verification.broken(expected - 1, beforeChain, Break.REMOVED, expected, line.id);
                }
                if (!previous.equals(line.prevHash) || !AuditHash.of(line, previous).equals(line.lineHash)) {
                    return Verification.broken(expected - 1, beforeChain, Break.ALTERED, expected, line.id);
                }
                previous = line.lineHash;
                lastId = line.id;
                expected++;
            }
            em.clear();
        }
        if (expected <= head.lastSeq) {
            return Verification.broken(expected - 1, beforeChain, Break.END_REMOVED, expected, null);
        }
        if (!previous.equals(head.lastHash)) {
            // the last line and its hash rewritten together: the head still holds the hash it had
            return Verification.broken(expected - 2, beforeChain, Break.ALTERED, expected - 1, lastId);
        }
        List<Long> outside = em.createQuery("select e.id from AuditEvent e where e.chainSeq is null and e.id > ?1 "
                + "order by e.id", Long.class).setParameter(1, head.genesisEventId).setMaxResults(1).getResultList();
        if (!outside.isEmpty()) {
            return Verification.broken(expected - 1, beforeChain, Break.INSERTED, null, outside.get(0));
        }
        return Verification.ok(expected - 1, beforeChain);
    }
}
