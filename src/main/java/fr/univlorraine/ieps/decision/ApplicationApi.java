package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.web.Ui;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API for the candidate's own applications with their published decisions (bearer token or browser session). */
@Path("/api/me/applications")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidate")
@SecurityRequirement(name = "SecurityScheme")
public class ApplicationApi {

    @Inject
    CurrentUser user;

    @Inject
    DecisionViews decisions;

    @Inject
    Ui ui;

    /**
     * What the API says of an application; never the entity itself. {@code decision} is null until published.
     * {@code closesAt} is the first instant at which a submission is refused (the end of the last minute the pages
     * show as the closing).
     */
    public record ApplicationSummary(Long id, String reference, String campaign, String level, String entryRoute,
            boolean vap, String status, Instant createdAt, Instant submittedAt,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "First instant at which a"
                    + " submission is refused: the end of the last minute shown as the closing (Europe/Paris).")
            Instant closesAt, DecisionSummary decision) {

        static ApplicationSummary of(Application app, DecisionSummary decision) {
            return new ApplicationSummary(app.id, app.reference, app.track.campaign.code, app.track.level.name(),
                    app.entryRoute.name(), app.vap, app.status.name(), app.createdAt, app.submittedAt,
                    app.track.closesAt, decision);
        }
    }

    /**
     * A published decision: ADMIT with the offer's deadline and outcome (null while awaiting the answer),
     * WAITLIST with the current rank while waiting, REJECT with its motive in the caller's language.
     */
    public record DecisionSummary(String kind, Instant offerDeadline, String offerOutcome, Integer waitlistRank,
            String motive, String motiveDetail) {

        static DecisionSummary of(CandidateDecision d, String lang) {
            if (d == null) {
                return null;
            }
            return new DecisionSummary(d.decision().kind.name(), d.offer() == null ? null : d.offer().deadline,
                    d.offer() == null || d.offer().outcome == null ? null : d.offer().outcome.name(), d.waitlistRank(),
                    d.decision().motive == null ? null : d.decision().motive.label(lang), d.decision().motiveText);
        }
    }

    @GET
    @Operation(summary = "My applications", description = "The signed-in candidate's applications, newest first, "
            + "each with its published decision (offer deadline, current waiting-list rank, refusal motive).")
    public List<ApplicationSummary> mine() {
        return Application.ofCandidate(user.subject()).stream()
                .map(app -> ApplicationSummary.of(app, DecisionSummary.of(decisions.forCandidate(app), ui.lang()))).toList();
    }
}
