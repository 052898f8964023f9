package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.application.Application;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One reviewer's reading of one dossier: the assignment, then the scores, comment and recommendation. */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public TeamMember member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReviewStatus status;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    /** Name of the head who assigned, or of the automatic assignment's requester. */
    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(nullable = false)
    public boolean automatic;

    @Column(length = 4000)
    public String comment;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Recommendation recommendation;

    /** Weighted score out of 20, fixed when the review is submitted. */
    @Column(precision = 5, scale = 2)
    public BigDecimal score;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "conflict_reason", length = 1000)
    public String conflictReason;

    @Column(name = "conflict_at")
    public Instant conflictAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Level chosen per criterion id. */
    @ElementCollection
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "level", nullable = false)
    public Map<Long, Integer> levels = new HashMap<>();

    @Version
    public long version;

    /** The member's review of this dossier, unless it is not theirs. */
    public static Optional<Review> of(Long applicationId, Long memberId) {
        return find("from Review r join fetch r.application a join fetch a.track t join fetch t.campaign "
                + "where a.id = ?1 and r.member.id = ?2", applicationId, memberId).firstResultOptional();
    }

    public static List<Review> ofMember(Long memberId) {
        return list("from Review r join fetch r.application a join fetch a.track t join fetch t.campaign "
                + "where r.member.id = ?1 and r.status <> ?2 order by a.reference", memberId, ReviewStatus.CONFLICT);
    }

    /** The reviews of the track's dossiers, with their members, in the order they were assigned. */
    public static List<Review> ofTrack(Long trackId) {
        return list("from Review r join fetch r.member where r.application.track.id = ?1 order by r.assignedAt, r.id",
                trackId);
    }

    public static List<Review> ofApplication(Long applicationId) {
        return list("from Review r join fetch r.member where r.application.id = ?1 order by r.assignedAt, r.id",
                applicationId);
    }
}
