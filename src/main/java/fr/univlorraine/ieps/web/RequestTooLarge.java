package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.kernel.SiteConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;


/**
 * A request above the overall size cap (ieps.site.max-request-size) is answered before its body is read,
 * with a page saying what happened and what to do instead of a bare 413.
 * Files under the cap but over their document's own limit get the app's usual message on the form.
 */
@ApplicationScoped
public class RequestTooLarge {

    @Inject
    SiteConfig site;

    /** Uploads that may be larger (the ZIP of the platform's PDF files): a regular expression of their paths. */
    @ConfigProperty(name = "ieps.large-request.paths", defaultValue = "$^")
    java.util.regex.Pattern largePaths;

    /** The cap of those uploads (quarkus.http.limits.max-body-size must be at least this). */
    @ConfigProperty(name = "ieps.large-request.size", defaultValue = "100M")
    MemorySize largeSize;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tooLarge(String lang, Integer maxMb);
    }

    /** Browsers announce the size of a form: a request announced too large is answered before its body is read. */
    void announced(@Observes io.quarkus.vertx.http.runtime.filters.Filters filters) {
        filters.register(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > cap(context)) {
                context.response().putHeader("Connection", "close");
                answer(context);
            } else {
                context.next();
            }
        }, 400);
    }

    /** A body that turns out too large without having said so in advance. */
    void install(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().headWritten()) {
            context.next();
            return;
        }
        answer(context);
    }

    /** The largest request this path takes. */
    private long cap(RoutingContext context) {
        String path = context.request().path();
        return path != null && largePaths.matcher(path).matches() ? largeSize.asLongValue()
                : site.maxRequestSize().asLongValue();
    }

    private void answer(RoutingContext context) {
        int maxMb = (int) (cap(context) / (1024 * 1024));
        Ui.answer(context, 413, "err_request_too_large", lang -> Templates.tooLarge(lang, maxMb));
    }
}
