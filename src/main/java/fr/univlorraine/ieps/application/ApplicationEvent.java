package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** One line of a dossier's history: who moved it, when, from where to where, and why. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, length = 20)
    public Actor actorRole;

    /** Null for the creation of the draft, which is not a transition. */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    public Transition transition;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public ApplicationStatus toStatus;

    @Column(length = 1000)
    public String reason;

    public static List<ApplicationEvent> history(Application application) {
        return list("application = ?1 order by occurredAt, id", application);
    }
}
