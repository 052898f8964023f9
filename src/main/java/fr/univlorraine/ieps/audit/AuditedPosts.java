package fr.univlorraine.ieps.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes the line of a successful form post to an {@link Audited} resource or method: a POST answered by a redirect
 * (303, Post/Redirect/Get), as every form of the app answers once it has saved. The method's mark wins over its class's.
 */
public class AuditedPosts {

    static final int SEE_OTHER = 303;

    @Inject
    AuditLog audit;

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (!"POST".equals(request.getMethod()) || response.getStatus() != SEE_OTHER || resource == null
                || resource.getResourceMethod() == null) {
            return;
        }
        Audited mark = resource.getResourceMethod().getAnnotation(Audited.class);
        if (mark == null) {
            mark = resource.getResourceClass().getAnnotation(Audited.class);
        }
        if (mark == null) {
            return;
        }
        audit.record(mark.value(), null, null, mark.what() + ": POST " + request.getUriInfo().getPath());
    }
}
