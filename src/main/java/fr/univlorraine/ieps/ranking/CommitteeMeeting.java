package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.review.TeamMember;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A sitting of a track's selection committee: its date and who was there, for the minutes. */
@Entity
@Table(name = "committee_meeting")
public class CommitteeMeeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "track_id", nullable = false)
    public Long trackId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** People present who are not on the teaching team (e.g. a professional partner). */
    @Column(name = "other_attendees", length = 1000)
    public String otherAttendees;

    @ManyToMany
    @JoinTable(name = "committee_attendee", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("fullName")
    public List<TeamMember> attendees = new ArrayList<>();

    /** The minutes as drawn up at the meeting: later moves do not rewrite them. */
    @Column(nullable = false)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARBINARY)
    @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
    public byte[] pdf;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The track's meetings, latest first, with who sat. */
    public static List<CommitteeMeeting> ofTrack(Long trackId) {
        return list("select distinct m from CommitteeMeeting m left join fetch m.attendees where m.trackId = ?1 "
                + "order by m.heldOn desc, m.id desc", trackId);
    }
}
