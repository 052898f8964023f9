package fr.univlorraine.ieps.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The recruitment of one level (M1 or M2) in a campaign: its capacity and its calendar. */
@Entity
@Table(name = "track")
public class Track extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    public Level level;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    /**
     * The first instant at which submissions are refused: the end of the last minute candidates are shown
     * ("jusqu'au 31 mars à 23:59" is stored as 1 April 00:00 Paris time). Pages, mails and PDFs show
     * {@link #lastMinute()}; the admin types that minute.
     */
    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(name = "review_deadline", nullable = false)
    public Instant reviewDeadline;

    @Column(name = "decisions_published_at", nullable = false)
    public Instant decisionsPublishedAt;

    @Column(name = "offer_response_days", nullable = false)
    public int offerResponseDays;

    @Column(name = "reminder_days_before", nullable = false)
    public int reminderDaysBefore;

    /** How many candidates the proposal of decisions puts on the waiting list. */
    @Column(name = "waitlist_size", nullable = false)
    public int waitlistSize = 10;

    /** The head asked for publication at {@link #decisionsPublishedAt}; the scheduler does it then. */
    @Column(name = "publication_scheduled", nullable = false)
    public boolean publicationScheduled;

    @Column(name = "publication_scheduled_by")
    public String publicationScheduledBy;

    @Column(name = "publication_scheduled_by_name")
    public String publicationScheduledByName;

    /** Why the scheduled publication could not run (a message key), for the heads to see. */
    @Column(name = "publication_error", length = 100)
    public String publicationError;

    /** Technical failures of the scheduled publication in a row; after a few, it stops being tried. */
    @Column(name = "publication_failures", nullable = false)
    public int publicationFailures;

    /** When the decisions were published; null while they are drafts. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    /** The last minute in which a submission is accepted, as every page shows it: it is included to its last second. */
    public Instant lastMinute() {
        return closesAt.minus(1, ChronoUnit.MINUTES);
    }

    /** How the closing stands at {@code now}, for the candidate's pages. */
    public Deadline deadline(Instant now) {
        return Deadline.of(this, now);
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    /** The tracks of the most recent campaign, with it, in one query. */
    public static List<Track> ofLatestCampaign() {
        return list("from Track t join fetch t.campaign c where c.startYear = (select max(c2.startYear) from Campaign c2) "
                + "order by t.level");
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /**
     * Takes the track's write lock: the caller's transaction is the only one changing the track's places or
     * settings until it ends, on any database and any number of app instances. 404 for an unknown track.
     */
    public static Track lock(Long id) {
        Track track = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (track == null) {
            throw new NotFoundException();
        }
        return track;
    }
}
