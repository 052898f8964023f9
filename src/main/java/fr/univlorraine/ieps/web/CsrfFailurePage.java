package fr.univlorraine.ieps.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF check of quarkus-rest-csrf refuses a form with a bare 400. A person whose page has been
 * open too long deserves to know what happened and what to do: this filter gives that answer a page.
 * Our own 400 answers (a form shown again with its errors) carry a body and are left alone.
 */
public class CsrfFailurePage {

    @Inject
    Ui ui;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())
                && !ui.path().startsWith("/api/")) {
            String page = ErrorPages.Templates.error(400, "error_400_title", "error_csrf_text")
                    .setLocale(ui.locale()).render();
            response.setEntity(page, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
