package fr.univlorraine.ieps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How often the dossier form saves itself in the background, for the page ({@code inject:autosave.seconds}). */
@ApplicationScoped
@Named("autosave")
public class AutosaveSettings {

    @ConfigProperty(name = "ieps.applications.autosave-seconds", defaultValue = "30")
    int seconds;

    public int seconds() {
        return seconds;
    }
}
