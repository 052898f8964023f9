package fr.univlorraine.ieps.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An enrolled student's dossier reduced to its enrolment data by the retention rule (migration V30). */
@Entity
@Table(name = "minimized_dossier")
public class MinimizedDossier extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public Long applicationId;

    @Column(name = "minimized_at", nullable = false)
    public Instant minimizedAt;
}
