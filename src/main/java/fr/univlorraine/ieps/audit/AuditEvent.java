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

/** A staff member looked at or downloaded a dossier or one of its documents. */
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

    public static List<AuditEvent> ofApplication(Long applicationId) {
        return list("applicationId = ?1 order by occurredAt desc, id desc", applicationId);
    }
}
