package fr.univlorraine.ieps.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One yearly intake, e.g. 2027-2028, holding one track per level. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 9)
    public String code;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
