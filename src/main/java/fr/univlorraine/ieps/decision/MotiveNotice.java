package fr.univlorraine.ieps.decision;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The confirmation the status page shows after a request for motives (Post/Redirect/Get): the redirect
 * carries {@code ?motifs=demande}, which the tag {@code motives} reads through {@code inject:motiveNotice}.
 */
@Named("motiveNotice")
@RequestScoped
public class MotiveNotice {

    /** The query parameter of the status page that confirms the request. */
    static final String PARAM = "motifs";

    @Inject
    HttpServerRequest request;

    public boolean isRequested() {
        return "demande".equals(request.getParam(PARAM));
    }
}
