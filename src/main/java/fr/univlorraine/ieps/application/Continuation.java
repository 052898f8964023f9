package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.campaign.Track;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A student admitted in M1 here, listed for re-enrolment in the next campaign's M2 track: no new application, a
 * confirmation instead. Unless leaving, they hold one of the M2 places ({@link Places}), so the places offered to
 * outside candidates are the capacity minus them.
 */
@Entity
@Table(name = "continuation")
public class Continuation extends PanacheEntityBase {

    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The student's M1 dossier. */
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    /** The M2 track they continue in. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "track_id")
    public Track track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ContinuationState state = ContinuationState.PENDING;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Whoever set the state; null while it is the state the list was generated with. */
    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_by_name")
    public String changedByName;

    @Column(length = MAX_NOTE)
    public String note;

    @Version
    public long version;

    /** The continuing students of an M2 track, with their M1 dossiers, by name. */
    public static List<Continuation> ofTrack(Long trackId) {
        return list("from Continuation c join fetch c.application a where c.track.id = ?1 "
                + "order by lower(a.lastName), lower(a.firstName), a.id", trackId);
    }

    /** The continuation of an M1 dossier, if it is listed. */
    public static Optional<Continuation> ofDossier(Long applicationId) {
        return find("from Continuation c join fetch c.track t join fetch t.campaign where c.application.id = ?1",
                applicationId).firstResultOptional();
    }

    /** How many places of a track continuing students hold (pending or confirmed, not leaving). */
    public static long holding(Long trackId) {
        return Counts.of("select count(c) from Continuation c where c.track.id = ?1 and c.state <> ?2", trackId,
                ContinuationState.LEAVING);
    }

    /** The same for several tracks in one query, by track id (a track without any is absent). */
    public static Map<Long, Long> holdingByTrack(Collection<Long> trackIds) {
        if (trackIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createQuery("select c.track.id, count(c) from Continuation c "
                + "where c.track.id in ?1 and c.state <> ?2 group by c.track.id", Object[].class)
                .setParameter(1, trackIds).setParameter(2, ContinuationState.LEAVING).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
