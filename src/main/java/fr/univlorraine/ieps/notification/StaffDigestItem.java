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

/** A staff mail kept for the person's daily digest: written with its cause, carried by one digest. */
@Entity
@Table(name = "staff_digest_item")
public class StaffDigestItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "contact_id", nullable = false)
    public Long contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ApplicationMail.Kind kind;

    @Column(name = "application_id")
    public Long applicationId;

    @Column(length = 40)
    public String reference;

    @Column(length = 5)
    public String level;

    @Column(name = "stated_at")
    public Instant statedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Null until a digest carried it. */
    @Column(name = "digested_at")
    public Instant digestedAt;
}
