package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.kernel.Counts;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the university's enrolment needs of a candidate who accepted their place. Written whole from a checked form,
 * so a sheet that exists is complete.
 */
@Entity
@Table(name = "enrolment_sheet")
public class EnrolmentSheet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Civility civility;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "birth_place", nullable = false, length = 100)
    public String birthPlace;

    @Column(nullable = false, length = 100)
    public String nationality;

    @Column(nullable = false, length = 255)
    public String street;

    @Column(name = "postal_code", nullable = false, length = 20)
    public String postalCode;

    @Column(nullable = false, length = 100)
    public String city;

    @Column(nullable = false, length = 100)
    public String country;

    /** The national student identifier ({@link Ine}), or null when the candidate has none. */
    @Column(length = 11)
    public String ine;

    @Column(name = "last_diploma", nullable = false, length = 200)
    public String lastDiploma;

    @Column(name = "last_diploma_institution", nullable = false, length = 200)
    public String lastDiplomaInstitution;

    @Column(name = "last_diploma_year", nullable = false)
    public Integer lastDiplomaYear;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<EnrolmentSheet> of(Long applicationId) {
        return find("application.id", applicationId).firstResultOptional();
    }

    public static boolean exists(Long applicationId) {
        return Counts.of("select count(s) from EnrolmentSheet s where s.application.id = ?1", applicationId) > 0;
    }
}
