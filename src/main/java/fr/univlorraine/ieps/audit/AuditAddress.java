package fr.univlorraine.ieps.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where a line of the audit trail came from: the client's address (IP), kept apart from the line so that forgetting
 * it after {@code ieps.audit.ip-retention-days} leaves the line and its hash as they were.
 */
@Entity
@Table(name = "audit_event_address")
public class AuditAddress extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public Long eventId;

    @Column(nullable = false, length = 45)
    public String address;

    /** The line's time, copied so that the expiry needs no join. */
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
