package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.TrackChannels;
import fr.univlorraine.ieps.kernel.Localizable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * The admin's settings of the national platform on the track's page ({@link TrackChannels}): the routes whose
 * candidates apply there and the platform's dates, in the track's {@link PlatformTrack} row. A track whose every
 * route applies here, without dates nor local recruitment, keeps no row.
 */
@ApplicationScoped
public class ChannelSettings implements TrackChannels {

    @Override
    public List<Localizable> routes() {
        return List.of(EntryRoute.values());
    }

    @Override
    public Settings settings(Long trackId) {
        PlatformTrack p = PlatformTrack.findById(trackId);
        if (p == null) {
            return new Settings(List.of(), null, null);
        }
        List<String> routes = Arrays.stream(EntryRoute.values()).filter(p::onPlatform).map(Enum::name).toList();
        return new Settings(routes, p.platformOpensAt, p.platformClosesAt);
    }

    @Override
    public void save(Long trackId, Settings settings) {
        PlatformTrack p = PlatformTrack.findById(trackId);
        EnumSet<EntryRoute> routes = EnumSet.noneOf(EntryRoute.class);
        settings.platformRoutes().forEach(r -> routes.add(EntryRoute.valueOf(r)));
        if (p == null) {
            if (routes.isEmpty() && settings.platformOpensAt() == null && settings.platformClosesAt() == null) {
                return;
            }
            p = new PlatformTrack();
            p.trackId = trackId;
            p.persist();
        }
        p.routes.clear();
        p.routes.addAll(routes);
        // a local recruitment only ever concerns routes that go through the platform
        p.localRoutes.retainAll(routes);
        p.platformOpensAt = settings.platformOpensAt();
        p.platformClosesAt = settings.platformClosesAt();
    }
}
