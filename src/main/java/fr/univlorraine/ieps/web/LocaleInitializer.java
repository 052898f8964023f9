package fr.univlorraine.ieps.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** Renders every page in the language chosen for the request (mail templates set their own). */
@ApplicationScoped
public class LocaleInitializer implements TemplateInstance.Initializer {

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            try {
                instance.setLocale(Arc.container().instance(Ui.class).get().locale());
            } catch (RuntimeException outsideHttpRequest) {
                // request scope without an HTTP request (e.g. a scheduled job): keep the default locale
            }
        }
    }
}
