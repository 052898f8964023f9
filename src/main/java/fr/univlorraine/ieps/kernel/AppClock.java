package fr.univlorraine.ieps.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The server's clock for every deadline. Deadlines are French legal times, so they are shown and
 * reasoned about in Europe/Paris; tests replace this bean to move time.
 */
@ApplicationScoped
public class AppClock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Clock clock = Clock.system(PARIS);

    public Instant now() {
        return clock.instant();
    }

    public ZonedDateTime nowInParis() {
        return ZonedDateTime.ofInstant(now(), PARIS);
    }
}
