package fr.univlorraine.ieps.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Optional;

/** One yearly intake, e.g. 2027-2028, holding one track per level. */
@Entity
public class Campaign extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 9)
    public String code;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Campaign> latest() {
        return find("order by startYear desc").firstResultOptional();
    }
}
