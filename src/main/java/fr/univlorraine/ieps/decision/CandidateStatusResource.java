package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.ChannelWindow;
import fr.univlorraine.ieps.campaign.Deadline;
import fr.univlorraine.ieps.messaging.MessagingService;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.enrolment.EnrolmentSheet;
import fr.univlorraine.ieps.enrolment.EnrolmentSheetService;

import fr.univlorraine.ieps.application.CandidateFlash;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.Ui;
import jakarta.transaction.Transactional;
import java.util.Set;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * The candidate's status page of a dossier: where it stands, its history, the published decision with the
 * offer to answer or the place on the waiting list, and withdrawal. Here rather than in application because
 * it shows and changes what the decisions and offers hold; the form pages are application's CandidateResource.
 */
@Path("/candidatures")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.TEXT_HTML)
public class CandidateStatusResource {

    static final int MAX_REASON_LENGTH = 1000;
    private static final Set<CandidateFlash> FLASHES = CandidateFlash.AFTER_REDIRECT;

    @Inject
    ApplicationService applications;

    @Inject
    CurrentUser user;

    @Inject
    OfferService offers;

    @Inject
    DecisionViews decisions;

    @Inject
    AppClock clock;

    @Inject
    EnrolmentSheetService sheets;

    @Inject
    MessagingService messaging;

    @Inject
    Ui ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(Application app, List<ApplicationEvent> history, StatusStep[] steps,
                int stepIndex, boolean withdrawable, CandidateDecision decision, FormErrors errors, String reason,
                CandidateFlash flash, Deadline deadline, EnrolmentSheetService.State sheetState, EnrolmentSheet sheet,
                long unreadMessages);
    }

    /**
     * The page candidates reload most, on deadline day and on the day decisions are published: read and rendered
     * in one transaction (one connection, one commit) rather than one per service and tag it asks.
     */
    @GET
    @Path("{id}")
    @Transactional
    public String status(@PathParam("id") Long id, @QueryParam("ok") String ok) {
        Application app = applications.owned(id, user.subject());
        return ui.render(statusPage(app, new FormErrors(), null, Flashes.of(FLASHES, ok)));
    }

    @POST
    @Path("{id}/retrait")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") Long id, MultivaluedMap<String, String> params) {
        String reason = params.getFirst("reason");
        if (reason != null && reason.trim().length() > MAX_REASON_LENGTH) {
            return refused(400, id, DecisionField.reason, FieldError.TOO_LONG_1000, reason);
        }
        offers.withdraw(id, user.as(Actor.CANDIDATE), reason);
        return redirect("/candidatures/" + id + "?ok=" + CandidateFlash.withdrawn);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("{id}/offre/accepter")
    public Response accept(@PathParam("id") Long id) {
        return answered(id, () -> offers.accept(id, user.as(Actor.CANDIDATE)), CandidateFlash.accepted);
    }

    @POST
    @Path("{id}/offre/refuser")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") Long id, MultivaluedMap<String, String> params) {
        String reason = params.getFirst("declineReason");
        if (!"on".equals(params.getFirst("declineConfirm"))) {
            return refused(409, id, DecisionField.declineConfirm, DecisionError.DECLINE_CONFIRM, reason);
        }
        if (reason != null && reason.trim().length() > MAX_REASON_LENGTH) {
            return refused(409, id, DecisionField.declineReason, FieldError.TOO_LONG_1000, reason);
        }
        return answered(id, () -> offers.decline(id, user.as(Actor.CANDIDATE), reason), CandidateFlash.declined);
    }

    /** The candidate's answer to their offer: recorded, or refused (too late, no open offer) on the status page. */
    private Response answered(Long id, Supplier<OfferService.Answer> answer, CandidateFlash recorded) {
        try {
            return switch (answer.get()) {
                case RECORDED -> redirect("/candidatures/" + id + "?ok=" + recorded);
                case TOO_LATE -> refused(409, id, DecisionField.offer, DecisionError.OFFER_EXPIRED, null);
            };
        } catch (RuleViolation e) {
            return refused(409, id, DecisionField.offer, e.error, null);
        }
    }

    /** The status page again with the message of a refused request; nothing was changed. */
    private Response refused(int status, Long id, DecisionField field, Localizable error, String reason) {
        Application app = applications.owned(id, user.subject());
        return Response.status(status).entity(statusPage(app, new FormErrors().add(field, error), reason, null)).build();
    }

    private TemplateInstance statusPage(Application app, FormErrors errors, String reason, CandidateFlash flash) {
        CandidateDecision decision = decisions.forCandidate(app);
        // while an offer awaits an answer, giving up the place is the way out, not a withdrawal
        boolean withdrawable = Transition.WITHDRAW.allows(app.status, Actor.CANDIDATE)
                && (decision == null || !decision.answerable());
        // a draft follows its route's window (a local recruitment's, for a route of the national platform)
        var window = app.status == ApplicationStatus.DRAFT ? ChannelWindow.of(app.track, app.entryRoute) : null;
        Deadline deadline = app.status != ApplicationStatus.DRAFT ? null
                : window == null ? Deadline.until(clock.now(), clock.now()) : window.deadline(clock.now());
        EnrolmentSheetService.State sheetState = sheets.state(app);
        EnrolmentSheet sheet = sheetState == EnrolmentSheetService.State.COMPLETE ? sheets.sheet(app.id) : null;
        return Templates.status(app, ApplicationEvent.history(app), StatusStep.values(), stepIndex(app.status), withdrawable,
                decision, errors, reason, flash, deadline, sheetState, sheet, messaging.candidateUnread(app.id));
    }

    /** Where the dossier stands on the five steps shown to the candidate; -1 once withdrawn. */
    static int stepIndex(ApplicationStatus status) {
        return switch (status) {
            case DRAFT -> 0;
            case SUBMITTED, INCOMPLETE -> 1;
            case COMPLETE -> 2;
            case UNDER_REVIEW -> 3;
            case WITHDRAWN -> -1;
            default -> 4;
        };
    }

    private static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
