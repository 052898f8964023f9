package fr.univlorraine.ieps.documents;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * A response whose body is a temporary file (a merged dossier, a ZIP), deleted whatever happens: once
 * sent, when sending fails or the client goes away, and when the body is never written at all.
 */
public final class TemporaryDownload {

    private static final Logger LOG = Logger.getLogger(TemporaryDownload.class);

    private TemporaryDownload() {
    }

    public static Response.ResponseBuilder of(Path file, String mediaType) {
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (request != null) {
            request.addEndHandler(ended -> deleteQuietly(file));
        }
        StreamingOutput body = output -> {
            try {
                Files.copy(file, output);
            } finally {
                deleteQuietly(file);
            }
        };
        return Response.ok(body, mediaType);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf(e, "Could not delete the temporary file %s", file);
        }
    }
}
