package fr.univlorraine.ieps.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
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

    /** How many reviewers read each dossier. */
    @Column(name = "reviewers_per_dossier", nullable = false)
    public int reviewersPerDossier = 2;

    /** Reviewers see neither the candidate's name, birth date, nationality nor identity document. */
    @Column(name = "blind_review", nullable = false)
    public boolean blindReview;

    /** Spread between a dossier's best and worst review (points out of 20) above which it is flagged. */
    @Column(name = "disagreement_threshold", nullable = false, precision = 4, scale = 2)
    public BigDecimal disagreementThreshold = new BigDecimal("4.00");

    /** How long this campaign's dossiers are kept, by kind. */
    @Embedded
    public Retention retention = new Retention();

    public static Campaign latest() {
        return find("order by startYear desc").firstResult();
    }
}
