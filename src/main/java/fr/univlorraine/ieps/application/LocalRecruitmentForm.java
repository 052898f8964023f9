package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.web.ParisTime.Check.instant;
import static fr.univlorraine.ieps.web.ParisTime.Check.typed;

import fr.univlorraine.ieps.web.FormOf;
import fr.univlorraine.ieps.web.ParisTime;
import fr.univlorraine.ieps.web.Whole;
import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The local recruitment as the head typed it: its window (Paris wall-clock times; the closing is the last minute in
 * which candidates may submit, included, as for a track), its places and its routes.
 */
@FormOf(fields = LocalRecruitmentField.class, errors = ChannelError.class)
public record LocalRecruitmentForm(
        @RestForm @ParisTime(message = "DATETIME") String opensAt,
        @RestForm @ParisTime(message = "DATETIME") String closesAt,
        @RestForm @Whole(min = 1, max = 500, message = "PLACES") String places,
        @RestForm List<String> routes,
        @RestForm String version) {

    /** The recruitment as saved, or a blank form with the platform's routes ticked when none was ever opened. */
    static LocalRecruitmentForm of(PlatformTrack p) {
        boolean opened = p.localOpensAt != null && p.localClosesAt != null;
        var ticked = opened ? p.localRoutes : p.routes;
        List<String> routes = Arrays.stream(EntryRoute.values()).filter(ticked::contains).map(Enum::name).toList();
        return new LocalRecruitmentForm(opened ? typed(p.localOpensAt) : "",
                opened ? typed(p.localClosesAt.minus(Duration.ofMinutes(1))) : "",
                p.localPlaces == null ? "" : String.valueOf(p.localPlaces), routes, String.valueOf(p.version));
    }

    /** The routes ticked, never null (a form with none ticked sends no value). */
    public List<String> ticked() {
        return routes == null ? List.of() : new ArrayList<>(routes.stream().distinct().toList());
    }

    @AssertTrue(message = "CLOSES_BEFORE_OPENS")
    public boolean isClosesAt() {
        Instant opens = instant(opensAt);
        Instant lastMinute = instant(closesAt);
        return opens == null || lastMinute == null || opens.isBefore(lastMinute.plus(Duration.ofMinutes(1)));
    }

    @AssertTrue(message = "ROUTES")
    public boolean isRoutes() {
        return !ticked().isEmpty() && ticked().stream().allMatch(r -> FormValues.constant(EntryRoute.class, r) != null);
    }

    void applyTo(PlatformTrack p) {
        p.localOpensAt = instant(opensAt);
        p.localClosesAt = instant(closesAt).plus(Duration.ofMinutes(1));
        p.localPlaces = Whole.Check.number(places);
        p.localRoutes.clear();
        ticked().forEach(r -> p.localRoutes.add(EntryRoute.valueOf(r)));
    }
}
