package fr.univlorraine.ieps.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a track uses the national platform (MonMaster): the routes whose candidates apply there, the platform's dates
 * shown to them, and the local recruitment the head may open for the places left after the platform's phases. A
 * track without this row takes every route here.
 */
@Entity
@Table(name = "platform_track")
public class PlatformTrack extends PanacheEntityBase {

    /** The track's id: one row per track. */
    @Id
    @Column(name = "track_id")
    public Long trackId;

    /** The routes whose candidates apply on the platform, not here. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "platform_track_route", joinColumns = @JoinColumn(name = "track_id"))
    @Column(name = "route", length = 20)
    @Enumerated(EnumType.STRING)
    public Set<EntryRoute> routes = EnumSet.noneOf(EntryRoute.class);

    /** The platform's application window, shown on the page that sends candidates there; null when unknown. */
    @Column(name = "platform_opens_at")
    public Instant platformOpensAt;

    @Column(name = "platform_closes_at")
    public Instant platformClosesAt;

    /** The local recruitment for places left: null until the head opens it. */
    @Column(name = "local_opens_at")
    public Instant localOpensAt;

    @Column(name = "local_closes_at")
    public Instant localClosesAt;

    /** How many places the local recruitment offers. */
    @Column(name = "local_places")
    public Integer localPlaces;

    /** The routes the local recruitment takes. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "platform_track_local_route", joinColumns = @JoinColumn(name = "track_id"))
    @Column(name = "route", length = 20)
    @Enumerated(EnumType.STRING)
    public Set<EntryRoute> localRoutes = EnumSet.noneOf(EntryRoute.class);

    @Version
    public long version;

    /** Whether candidates of this route apply on the platform (outside any local recruitment). */
    public boolean onPlatform(EntryRoute route) {
        return routes.contains(route);
    }
}
