package fr.univlorraine.ieps.decision;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A place offered to one candidate, with its deadline. An offer that takes a freed place names the
 * offer it replaces; that column is unique, so the database itself refuses to give one freed place twice.
 */
@Entity
@Table(name = "offer")
public class Offer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(name = "track_id", nullable = false)
    public Long trackId;

    @Column(name = "offered_at", nullable = false)
    public Instant offeredAt;

    @Column(nullable = false)
    public Instant deadline;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public OfferOutcome outcome;

    @Column(name = "replaces_offer_id", unique = true)
    public Long replacesOfferId;

    public boolean isOpen() {
        return outcome == null;
    }

    public static Optional<Offer> of(Long applicationId) {
        return find("application.id", applicationId).firstResultOptional();
    }

    /** The dossier's offer while it awaits an answer. */
    public static Optional<Offer> open(Long applicationId) {
        return find("application.id = ?1 and outcome is null", applicationId).firstResultOptional();
    }

    /** Open offers whose deadline has passed, oldest first. */
    public static List<Offer> overdue(Instant now) {
        return list("outcome is null and deadline < ?1 order by deadline, id", now);
    }
}
