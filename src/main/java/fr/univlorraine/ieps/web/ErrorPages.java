package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.kernel.Failures;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.RuleViolation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Clear error pages in the user's language instead of stack traces; JSON under /api.
 * A missing dossier and somebody else's dossier look the same (404).
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Ui ui;

    @Inject
    DatabaseDown databaseDown;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, Localizable title, Localizable message);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, ErrorText.NOT_FOUND_TITLE, ErrorText.NOT_FOUND_TEXT);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, ErrorText.FORBIDDEN_TITLE, ErrorText.FORBIDDEN_TEXT);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e) {
        return page(409, ErrorText.CONFLICT_TITLE, e.error);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(Exception e) {
        return page(409, ErrorText.CONFLICT_TITLE, ErrorText.STALE_TEXT);
    }

    /** A request the framework refuses (wrong method or content type, bad parameter): a page, not a bare status. */
    @ServerExceptionMapper
    public Response refusedRequest(WebApplicationException e) {
        Response response = e.getResponse();
        if (response.getStatus() < 400 || response.hasEntity()) {
            return response;
        }
        if (response.getStatus() >= 500) {
            return unexpected(e);
        }
        return page(response.getStatus(), ErrorText.REQUEST_TITLE, ErrorText.REQUEST_TEXT);
    }

    /**
     * Anything else is a bug: logged with its stack, and the person gets a page that says what to do. But for a
     * database that cannot be reached: an outage, which the person waits out (503).
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (Failures.databaseUnreachable(e)) {
            return databaseDown.response(ui.path(), ui.lang(), e);
        }
        LOG.errorf(e, "Unexpected error on %s", ui.path());
        return page(500, ErrorText.UNEXPECTED_TITLE, ErrorText.UNEXPECTED_TEXT);
    }

    /** The error page with these texts, or JSON under /api (the error's code); for the features' own mappers too. */
    public Response page(int status, Localizable title, Localizable message) {
        if (ui.path().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("status", status, "error", message.code())).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, message)).build();
    }
}
