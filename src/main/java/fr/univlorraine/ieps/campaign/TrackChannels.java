package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.kernel.Localizable;
import java.time.Instant;
import java.util.List;

/**
 * Where the candidates of a track apply, route by route, as the admin sets it on the track's page: here, or on the
 * national platform, with the platform's dates. The dossiers' feature answers it ({@code application.ChannelSettings}):
 * campaign lies below it and knows neither the routes nor the platform.
 */
public interface TrackChannels {

    /** The routes of a dossier, in the order of the page: each one's {@link Localizable#code} is what the form sends. */
    List<Localizable> routes();

    /** The track's settings as saved (no route on the platform when it has none). */
    Settings settings(Long trackId);

    /** Saves them in the caller's transaction, which holds the track's lock; the route codes are known ones. */
    void save(Long trackId, Settings settings);

    /** The routes whose candidates apply on the platform, and the platform's window shown to them (each may be null). */
    record Settings(List<String> platformRoutes, Instant platformOpensAt, Instant platformClosesAt) {
    }
}
