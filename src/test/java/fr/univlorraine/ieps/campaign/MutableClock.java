package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.kernel.AppClock;
import java.time.Duration;
import java.time.Instant;

/** A clock the tests set by hand, installed in place of {@link AppClock} with QuarkusMock. */
public class MutableClock extends AppClock {

    private volatile Instant now;

    public MutableClock(Instant now) {
        this.now = now;
    }

    @Override
    public Instant now() {
        return now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}
