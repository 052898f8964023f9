package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The heads' decision on one dossier: a draft the candidate cannot see until it is published. */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    public static final int MAX_MOTIVE_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public DecisionKind kind;

    /** Position on the waiting list as published (1 = first); the current rank is computed. */
    @Column(name = "waitlist_rank")
    public Integer waitlistRank;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "motive_id")
    public RefusalMotive motive;

    @Column(name = "motive_text", length = MAX_MOTIVE_TEXT)
    public String motiveText;

    @Column(name = "prepared_by", nullable = false)
    public String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    public Instant preparedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    public boolean isPublished() {
        return publishedAt != null;
    }

    public static Optional<Decision> of(Long applicationId) {
        return find("application.id", applicationId).firstResultOptional();
    }

    /** The decision the candidate may read: only once published. */
    public static Optional<Decision> published(Long applicationId) {
        return find("from Decision d left join fetch d.motive where d.application.id = ?1 and d.publishedAt is not null",
                applicationId).firstResultOptional();
    }

    /** The track's published decisions with their offers, if any: rows of (decision, offer or null), waiting list first. */
    public static List<Object[]> publishedWithOffers(Long trackId) {
        return getEntityManager().createQuery("select d, o from Decision d join fetch d.application a "
                + "left join Offer o on o.application = a where a.track.id = ?1 and d.publishedAt is not null "
                + "order by d.waitlistRank, a.reference", Object[].class).setParameter(1, trackId).getResultList();
    }

    /** The last place given on the track's published waiting list; 0 when none was. */
    public static int lastWaitlistRank(Long trackId) {
        return Objects.requireNonNullElse(getEntityManager().createQuery("select max(d.waitlistRank) from Decision d "
                + "where d.application.track.id = ?1 and d.publishedAt is not null", Integer.class)
                .setParameter(1, trackId).getSingleResult(), 0);
    }

    /** The drafts of the track's dossiers under review, by application id, with their motives. */
    public static Map<Long, Decision> draftsOf(Long trackId) {
        return Decision.<Decision>list("from Decision d join fetch d.application a left join fetch d.motive "
                + "where a.track.id = ?1 and a.status = ?2 and d.publishedAt is null", trackId, ApplicationStatus.UNDER_REVIEW)
                .stream().collect(Collectors.toMap(d -> d.application.id, Function.identity()));
    }
}
