package fr.univlorraine.ieps.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Quarkus REST renders each page in the first language of the request's Accept-Language header.
 * This filter puts the language resolved by {@link Ui} (remembered choice first) in that header, so
 * that the texts and the {@code lang} attribute of the page always agree.
 */
public class LanguageFilter {

    @Inject
    Ui ui;

    // pre-matching, so that 404 and 403 pages (answered before any resource runs) are translated too
    @ServerRequestFilter(preMatching = true)
    public void useChosenLanguage(ContainerRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, ui.lang());
    }
}
