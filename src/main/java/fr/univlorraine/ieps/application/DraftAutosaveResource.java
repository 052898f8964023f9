package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.application.ApplicationService.Outcome;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormMessages;
import fr.univlorraine.ieps.web.Ui;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hibernate.StaleObjectStateException;

/**
 * The dossier form saves itself in the background (every ~30 s when something changed, JavaScript on): the same
 * draft rules and the same version check as the "save" button, so that two tabs still cannot overwrite each other
 * silently. The answer is JSON for the page's script, with the sentence to show in the reader's language.
 */
@Path("/candidatures/{id}/dossier/auto")
@RolesAllowed(Roles.CANDIDATE)
public class DraftAutosaveResource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));

    @Inject
    ApplicationService service;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @Inject
    AppClock clock;

    /** What the page's script is told: saved (with the new version), or why not. */
    public record Answer(State state, Long version, String message) {
    }

    /** The outcomes the script tells apart: go on after saved or invalid, stop after conflict or refused. */
    public enum State {
        saved, invalid, conflict, refused
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("id") Long id, @BeanParam ApplicationForm form) {
        service.owned(id, user.subject());
        FormMessages texts = Localizable.bundle(FormMessages.class, ui.lang());
        Outcome outcome;
        try {
            outcome = service.saveDraft(id, new ActorRef(user.subject(), user.displayName(), Actor.CANDIDATE), form);
        } catch (RuleViolation refused) {
            return answer(409, State.refused, null, texts.autosave_refused(refused.error.text(ui.lang())));
        } catch (OptimisticLockException | StaleObjectStateException changedElsewhere) {
            return answer(409, State.conflict, null, texts.autosave_conflict());
        }
        if (!outcome.ok()) {
            // a field breaks a draft rule (too long, a bad date): nothing written; the "save" button shows where
            return answer(200, State.invalid, null, texts.autosave_invalid(outcome.errors().size()));
        }
        return answer(200, State.saved, outcome.savedVersion(), texts.autosave_saved(TIME.format(clock.now())));
    }

    private static Response answer(int status, State state, Long version, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Answer(state, version, message)).build();
    }
}
