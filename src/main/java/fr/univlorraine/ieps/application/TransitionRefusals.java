package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.web.ErrorText;
import fr.univlorraine.ieps.web.ErrorPages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A move the state machine does not allow gets the error page: 409 and a clear message (JSON under /api). */
public class TransitionRefusals {

    @Inject
    ErrorPages errorPages;

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e) {
        return errorPages.page(409, ErrorText.CONFLICT_TITLE, ApplicationError.TRANSITION);
    }
}
