package fr.univlorraine.ieps.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * JAX-RS turns the relative Location of a redirect ({@code seeOther(URI.create("/candidatures"))}) into
 * an absolute one built from the request's Host header, which anyone can set: a forged Host would send
 * the browser (or a cache) elsewhere. Redirects to this site are sent as a path instead, which every
 * browser resolves against the address it really used.
 */
public class RelativeRedirects {

    @ServerResponseFilter
    public void keepRelative(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI target;
        try {
            target = location instanceof URI uri ? uri : URI.create(location.toString());
        } catch (IllegalArgumentException e) {
            return;
        }
        URI base = request.getUriInfo().getBaseUri();
        if (target.isAbsolute() && target.getRawAuthority() != null
                && target.getScheme().equalsIgnoreCase(base.getScheme())
                && target.getRawAuthority().equalsIgnoreCase(base.getRawAuthority())) {
            String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
            String relative = path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                    + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment());
            response.getHeaders().putSingle(HttpHeaders.LOCATION, relative);
        }
    }
}
