package fr.univlorraine.ieps.campaign;

import static fr.univlorraine.ieps.web.ParisTime.Check.instant;
import static fr.univlorraine.ieps.web.ParisTime.Check.typed;

import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.AssertTrue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The national platform's part of the track's page: the routes whose candidates apply there (ticked boxes) and the
 * platform's window shown to them, Paris wall-clock times, both optional.
 */
@FormOf(fields = TrackField.class, errors = TrackError.class)
public record TrackChannelForm(
        @RestForm List<String> platformRoutes,
        @RestForm String platformOpensAt,
        @RestForm String platformClosesAt) {

    static TrackChannelForm of(TrackChannels.Settings s) {
        return new TrackChannelForm(s.platformRoutes(), s.platformOpensAt() == null ? "" : typed(s.platformOpensAt()),
                s.platformClosesAt() == null ? "" : typed(s.platformClosesAt()));
    }

    /** The routes ticked, never null (a form with none ticked sends no value). */
    public List<String> routes() {
        return platformRoutes == null ? List.of() : new ArrayList<>(platformRoutes.stream().distinct().toList());
    }

    @AssertTrue(message = "DATETIME")
    public boolean isPlatformOpensAt() {
        return blank(platformOpensAt) || instant(platformOpensAt) != null;
    }

    @AssertTrue(message = "DATETIME")
    public boolean isPlatformClosesAt() {
        return blank(platformClosesAt) || instant(platformClosesAt) != null;
    }

    /** The platform closes after it opens, when both are given and well typed. */
    boolean inOrder() {
        Instant opens = opensAt();
        Instant closes = closesAt();
        return opens == null || closes == null || opens.isBefore(closes);
    }

    Instant opensAt() {
        return blank(platformOpensAt) ? null : instant(platformOpensAt);
    }

    Instant closesAt() {
        return blank(platformClosesAt) ? null : instant(platformClosesAt);
    }

    TrackChannels.Settings settings() {
        return new TrackChannels.Settings(routes(), opensAt(), closesAt());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
