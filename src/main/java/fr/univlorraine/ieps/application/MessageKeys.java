package fr.univlorraine.ieps.application;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** For templates: the message-bundle key naming an enum value, {@code {msg:message(app.status.msgKey)}}. */
@TemplateExtension
public class MessageKeys {

    /** The key of an enum value, e.g. status_SUBMITTED; an enum of another feature gets its type's name, level_M1. */
    public static String msgKey(Enum<?> value) {
        String prefix;
        if (value instanceof ApplicationStatus) {
            prefix = "status_";
        } else if (value instanceof EntryRoute) {
            prefix = "route_";
        } else if (value instanceof EmployerStatus) {
            prefix = "employer_";
        } else if (value instanceof ResearchTheme) {
            prefix = "theme_";
        } else if (value instanceof Transition) {
            prefix = "transition_";
        } else {
            prefix = value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "_";
        }
        return prefix + value.name();
    }
}
