package fr.univlorraine.ieps.ranking;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A dossier's explicit place in its track's ranking, written when a head starts ranking by hand.
 * {@code decided} marks the dossiers a head placed (not only carried along by the score order).
 */
@Entity
@Table(name = "rank_position")
public class RankPosition extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public Long applicationId;

    @Column(name = "track_id", nullable = false)
    public Long trackId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean decided;

    public RankPosition() {
    }

    public RankPosition(Long applicationId, Long trackId, int position, boolean decided) {
        this.applicationId = applicationId;
        this.trackId = trackId;
        this.position = position;
        this.decided = decided;
    }

    public static List<RankPosition> ofTrack(Long trackId) {
        return list("trackId = ?1 order by position", trackId);
    }
}
