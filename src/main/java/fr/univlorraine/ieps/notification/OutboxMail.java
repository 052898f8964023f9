package fr.univlorraine.ieps.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A mail in the outbox (to a candidate, or to staff): written with the change that owes it, sent by {@link MailOutbox}. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends PanacheEntityBase {

    /**
     * PENDING waits for its next attempt; SENDING is claimed by one instance; SENT and FAILED (after the last attempt)
     * are final until an admin sends a failed one again; INTERRUPTED was claimed by an instance that stopped before
     * saying how the sending went: it may have left, so it is never sent again without an admin.
     */
    public enum State {
        PENDING, SENDING, SENT, FAILED, INTERRUPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ApplicationMail.Kind kind;

    /** Null for a staff mail about no dossier (a digest, an invitation to sign in). */
    @Column(name = "application_id")
    public Long applicationId;

    @Column(nullable = false, length = 254)
    public String recipient;

    @Column(nullable = false, length = 5)
    public String lang;

    @Column(length = 40)
    public String reference;

    @Column(length = 5)
    public String level;

    @Column(name = "stated_at")
    public Instant statedAt;

    /** The candidate's name the receipt greets, if any. */
    @Column(name = "candidate_name", length = 201)
    public String candidateName;

    /** The pieces the receipt lists, one a line. */
    @Column(length = 4000)
    public String pieces;

    @Column(name = "decisions_at")
    public Instant decisionsAt;

    @Column(name = "offer_days")
    public Integer offerDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public State state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** What the mail server answered to the last failed attempt. */
    @Column(name = "last_error", length = 1000)
    public String lastError;

    static OutboxMail of(ApplicationMail mail, Instant now) {
        var row = new OutboxMail();
        row.kind = mail.kind();
        row.applicationId = mail.applicationId();
        row.recipient = mail.to();
        row.lang = mail.lang();
        row.reference = mail.reference();
        row.level = mail.level();
        row.statedAt = mail.date();
        row.candidateName = mail.name();
        row.pieces = lines(mail.pieces());
        row.decisionsAt = mail.decisionsAt();
        row.offerDays = mail.offerDays();
        row.state = State.PENDING;
        row.createdAt = now;
        row.nextAttemptAt = now;
        return row;
    }

    ApplicationMail mail() {
        return new ApplicationMail(kind, applicationId, recipient, lang, reference, level, statedAt, candidateName,
                pieces == null ? List.of() : List.of(pieces.split("\n")), decisionsAt, offerDays);
    }

    /** The lines joined, each on one line, as many whole lines as the column holds; null for none. */
    static String lines(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            String flat = line.replaceAll("\\s+", " ").strip();
            if (joined.length() + flat.length() + 1 > 4000) {
                break;
            }
            joined.append(joined.isEmpty() ? "" : "\n").append(flat);
        }
        return joined.isEmpty() ? null : joined.toString();
    }
}
