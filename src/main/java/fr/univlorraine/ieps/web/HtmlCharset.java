package fr.univlorraine.ieps.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every page says it is UTF-8 in its Content-Type. A page returned inside a {@code Response} (a form sent back with
 * its errors, an error page) is rendered by Quarkus' Qute filter, which sets the template's own type, a bare
 * {@code text/html}, in place of the one the resource chose; this filter runs after it and adds the charset, for
 * every such page at once.
 */
public class HtmlCharset {

    // response filters run from the highest priority to the lowest: this one after Qute's (Priorities.USER)
    @ServerResponseFilter(priority = Priorities.HEADER_DECORATOR)
    public void declareUtf8(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)
                && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type.withCharset("UTF-8"));
        }
    }
}
