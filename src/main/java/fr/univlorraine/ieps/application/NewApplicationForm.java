package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.web.FormOf;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/** What the list of applications sends to start one: a track, an entry route, and validation of prior experience. */
@FormOf(fields = ApplicationField.class, errors = ApplicationError.class)
public record NewApplicationForm(
        @RestForm @NotNull(message = "CHOICE") @Pattern(regexp = "\\s*[+-]?\\d{1,18}\\s*", message = "CHOICE")
        String trackId,
        @RestForm @NotBlank(message = "CHOICE") @OneOf(EntryRoute.class) String entryRoute,
        @RestForm String vap) {

    /** Validation of prior experience is for continuing education only (said once a route is chosen). */
    @AssertTrue(message = "VAP_ROUTE")
    boolean isVap() {
        return !FormValues.ticked(vap) || route() == null || route() == EntryRoute.CONTINUE;
    }

    EntryRoute route() {
        return FormValues.constant(EntryRoute.class, entryRoute);
    }
}
