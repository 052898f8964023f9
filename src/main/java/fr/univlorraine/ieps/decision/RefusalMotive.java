package fr.univlorraine.ieps.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;

/** One of the standard refusal motives the admin keeps; a refusal names one and may add free text. */
@Entity
@Table(name = "refusal_motive")
public class RefusalMotive extends PanacheEntityBase {

    public static final int MAX_LABEL = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int position;

    @Column(name = "label_fr", nullable = false, length = MAX_LABEL)
    public String labelFr;

    @Column(name = "label_en", nullable = false, length = MAX_LABEL)
    public String labelEn;

    /** Retired motives stay on the refusals that used them but are no longer offered. */
    @Column(nullable = false)
    public boolean active = true;

    @Version
    public long version;

    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelFr;
    }

    public static List<RefusalMotive> offered() {
        return list("active = true order by position, id");
    }

    public static List<RefusalMotive> all() {
        return list("order by position, id");
    }
}
