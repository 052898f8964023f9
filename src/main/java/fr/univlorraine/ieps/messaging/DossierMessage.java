package fr.univlorraine.ieps.messaging;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.application.Application;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One message of a dossier's thread, written by a member of the staff or by the candidate. Each side has its read
 * state: the author's side has read it when it is sent, the other side when it opens the thread.
 */
@Entity
@Table(name = "dossier_message")
public class DossierMessage extends PanacheEntityBase {

    public static final int MAX_BODY = 5000;

    /** Who wrote a message: the staff (secretariat, heads, admin) or the candidate of the dossier. */
    public enum Side {
        STAFF, CANDIDATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_side", nullable = false, length = 10)
    public Side authorSide;

    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(nullable = false, length = MAX_BODY)
    public String body;

    @Column(name = "candidate_read_at")
    public Instant candidateReadAt;

    @Column(name = "staff_read_at")
    public Instant staffReadAt;

    public boolean isFromStaff() {
        return authorSide == Side.STAFF;
    }

    /** The thread of a dossier, oldest first. */
    public static List<DossierMessage> thread(Long applicationId) {
        return list("application.id = ?1 order by sentAt, id", applicationId);
    }

    /** Messages of the staff the candidate has not read yet, in this dossier. */
    public static long unreadByCandidate(Long applicationId) {
        return Counts.of("select count(m) from DossierMessage m where m.application.id = ?1 and m.candidateReadAt is null",
                applicationId);
    }

    /** Messages of candidates no member of the staff has read yet, in every dossier. */
    public static long unreadByStaff() {
        return Counts.of("select count(m) from DossierMessage m where m.staffReadAt is null");
    }
}
