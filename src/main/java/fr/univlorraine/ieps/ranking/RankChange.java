package fr.univlorraine.ieps.ranking;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One manual move on a ranking board, with the head's reason: the committee reads them all. */
@Entity
@Table(name = "rank_change")
public class RankChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "track_id", nullable = false)
    public Long trackId;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(name = "from_position", nullable = false)
    public int fromPosition;

    @Column(name = "to_position", nullable = false)
    public int toPosition;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** One line of a track's log: the change and the dossier's reference. */
    public record Logged(RankChange change, String reference) {
    }

    /** The moves of one dossier, oldest first. */
    public static List<RankChange> ofApplication(Long applicationId) {
        return list("applicationId = ?1 order by occurredAt, id", applicationId);
    }

    /** The log of a track, oldest move first, with the dossiers' references. */
    public static List<Logged> log(Long trackId) {
        return getEntityManager().createQuery("select c, a.reference from RankChange c, Application a "
                + "where a.id = c.applicationId and c.trackId = ?1 order by c.occurredAt, c.id", Logged.class)
                .setParameter(1, trackId).getResultList();
    }
}
