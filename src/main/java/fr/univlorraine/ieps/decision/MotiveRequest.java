package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Application;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A refused candidate's request for the detailed motives of the refusal. The law gives the programme
 * one month to answer (Code de l'éducation, art. D612-36-2): {@link #dueOn} is that day.
 */
@Entity
@Table(name = "motive_request")
public class MotiveRequest extends PanacheEntityBase {

    public static final int MAX_ANSWER = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(length = MAX_ANSWER)
    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Version
    public long version;

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public boolean isOverdue(LocalDate today) {
        return !isAnswered() && today.isAfter(dueOn);
    }

    public static Optional<MotiveRequest> of(Long applicationId) {
        return find("application.id", applicationId).firstResultOptional();
    }
}
