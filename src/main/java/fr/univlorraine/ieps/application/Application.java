package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.SearchKey;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A candidate's dossier for one track. Its status only changes through {@link ApplicationService}. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "track_id")
    public Track track;

    /** The owner's login (OIDC subject); null for a dossier imported from the national platform, until its candidate is invited. */
    @Column(name = "candidate_subject")
    public String candidateSubject;

    /** The track's id while live, null afterwards: backs the one-live-application-per-track key. */
    @Column(name = "live_track_id")
    public Long liveTrackId;

    @Column(unique = true, length = 20)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_route", nullable = false, length = 20)
    public EntryRoute entryRoute;

    @Column(nullable = false)
    public boolean vap;

    /** Language of the candidate's mails. */
    @Column(nullable = false, length = 2)
    public String lang = "fr";

    @Column(length = 10)
    public String civility;
    @Column(name = "first_name", length = 100)
    public String firstName;
    @Column(name = "last_name", length = 100)
    public String lastName;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Column(length = 100)
    public String nationality;
    @Column(length = 254)
    public String email;
    @Column(length = 30)
    public String phone;
    @Column(length = 255)
    public String address;
    @Column(name = "postal_code", length = 20)
    public String postalCode;
    @Column(length = 100)
    public String city;
    @Column(length = 100)
    public String country;

    @ElementCollection
    @CollectionTable(name = "application_degree", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<Degree> degrees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_experience", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<Experience> experiences = new ArrayList<>();

    @Column(name = "professional_project", length = 5000)
    public String professionalProject;

    @Column(name = "research_project", length = 5000)
    public String researchProject;

    @ElementCollection
    @CollectionTable(name = "application_theme", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "theme", length = 40)
    @Enumerated(EnumType.STRING)
    public Set<ResearchTheme> themes = EnumSet.noneOf(ResearchTheme.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "employer_status", length = 20)
    public EmployerStatus employerStatus;

    @Column(name = "employer_name", length = 200)
    public String employerName;

    /** Continuing education: who pays for the training (null on the other routes). */
    @Enumerated(EnumType.STRING)
    @Column(name = "funding", length = 20)
    public Funding funding;

    /** What "other" funding is, in the candidate's words. */
    @Column(name = "funding_other", length = 200)
    public String fundingOther;

    @Column(name = "declaration_accuracy", nullable = false)
    public boolean declarationAccuracy;

    @Column(name = "declaration_privacy", nullable = false)
    public boolean declarationPrivacy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The first submission: kept when the dossier is submitted again after the secretariat sent it back. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The last submission after the secretariat sent the dossier back for completion, if any. */
    @Column(name = "resubmitted_at")
    public Instant resubmittedAt;

    /** Set when the secretariat sends the dossier back: the candidate resubmits before this instant. */
    @Column(name = "completion_deadline")
    public Instant completionDeadline;

    /** Where the dossier came from: applied here, or imported from the national platform. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ApplicationOrigin origin = ApplicationOrigin.HERE;

    /** The candidate's number on the national platform, unique in the track; null for a dossier applied here. */
    @Column(name = "platform_number", length = 30)
    public String platformNumber;

    /** What became of an imported dossier on the platform, as the head recorded it; null until then. */
    @Enumerated(EnumType.STRING)
    @Column(name = "platform_outcome", length = 20)
    public PlatformOutcome platformOutcome;

    @Column(name = "platform_outcome_at")
    public Instant platformOutcomeAt;

    @Version
    public long version;

    /** The name, family name first, and the e-mail as the staff's search compares them ({@link SearchKey}). */
    @Column(name = "search_name", length = 201)
    String searchName;
    @Column(name = "search_email", length = 254)
    String searchEmail;

    /** Keeps the search's keys equal to the name and e-mail, whoever changed them. */
    @PrePersist
    @PreUpdate
    void foldSearchKeys() {
        searchName = SearchKey.ofName(lastName, firstName);
        searchEmail = SearchKey.of(email);
    }

    public static List<Application> ofCandidate(String subject) {
        return list("from Application a join fetch a.track t join fetch t.campaign where a.candidateSubject = ?1 "
                + "order by a.createdAt desc", subject);
    }

    /** When the candidate last submitted the dossier: its resubmission if any, else its first submission. */
    public Instant lastSubmittedAt() {
        return resubmittedAt != null ? resubmittedAt : submittedAt;
    }

    /**
     * Why the candidate can no longer change or submit this dossier at {@code now}, or null while they can: a draft
     * follows its track's closing (its route's, see {@link ChannelWindow}), a dossier sent back for completion the deadline the secretariat gave.
     */
    public ApplicationError closedAt(Instant now) {
        if (status == ApplicationStatus.INCOMPLETE) {
            return completionDeadline != null && now.isAfter(completionDeadline) ? ApplicationError.COMPLETION_CLOSED : null;
        }
        // the route's own window: the track's, or the local recruitment's for a route that goes through the platform
        ChannelWindow window = ChannelWindow.of(track, entryRoute);
        return window != null && window.isOpenAt(now) ? null : ApplicationError.CLOSED;
    }

    public static Optional<Application> findOwned(Long id, String subject) {
        // the track and campaign are shown on every candidate page: read them in the same query
        return find("from Application a join fetch a.track t join fetch t.campaign where a.id = ?1 and a.candidateSubject = ?2",
                id, subject).firstResultOptional();
    }

    /** The track's dossiers under review by reference, with their research themes. */
    public static List<Application> underReviewWithThemes(Long trackId) {
        return list("select distinct a from Application a left join fetch a.themes where a.track.id = ?1 and a.status = ?2 "
                + "order by a.reference", trackId, ApplicationStatus.UNDER_REVIEW);
    }

    public static boolean hasLiveApplication(String subject, Track track) {
        return Counts.of("select count(a) from Application a where a.candidateSubject = ?1 and a.liveTrackId = ?2", subject,
                track.id) > 0;
    }

    /**
     * Number of applications per track and status, for these tracks, in one query: rows of (track id, status, count,
     * how many of them are imported dossiers whose candidate accepted a place on the national platform).
     */
    public static List<Object[]> countByTrackAndStatus(List<Long> trackIds) {
        return getEntityManager().createQuery("select a.track.id, a.status, count(a), "
                + "sum(case when a.origin = ?2 and a.platformOutcome = ?3 then 1 else 0 end) from Application a "
                + "where a.track.id in ?1 group by a.track.id, a.status", Object[].class)
                .setParameter(1, trackIds).setParameter(2, ApplicationOrigin.PLATFORM)
                .setParameter(3, PlatformOutcome.ACCEPTED).getResultList();
    }
}
