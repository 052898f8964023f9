package fr.univlorraine.ieps.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One line of the audit trail: who (subject, name, roles), when, what ({@link AuditAction}), which dossier or piece.
 * Written once by {@link AuditLog} and never changed nor deleted: each line carries its place in the chain, the hash of
 * the line before it and its own ({@link AuditHash}), so that {@link AuditChain#verify()} finds a line altered, removed
 * or slipped in. The ids of dossier and piece are kept after these are purged (no foreign key). Where the line came
 * from is in {@link AuditAddress}, which is forgotten after a while.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_roles", nullable = false, length = 100)
    public String actorRoles;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(name = "application_id")
    public Long applicationId;

    @Column(name = "document_id")
    public Long documentId;

    @Column(length = 500)
    public String detail;

    /** The line's place in the chain, from 1; null for the lines written before the chain began (V29). */
    @Column(name = "chain_seq")
    public Long chainSeq;

    @Column(name = "prev_hash", length = 64)
    public String prevHash;

    @Column(name = "line_hash", length = 64)
    public String lineHash;

    /** The kind of the line, for the pages; null for a name no longer known. */
    public AuditAction kind() {
        return AuditAction.of(action).orElse(null);
    }

    public static List<AuditEvent> ofApplication(Long applicationId) {
        return list("applicationId = ?1 order by occurredAt desc, id desc", applicationId);
    }
}
