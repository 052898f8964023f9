package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.web.FormErrors;

/**
 * A condition a dossier must meet to be submitted, contributed by another feature (the documents'
 * checklist) without the application feature depending on it.
 */
public interface SubmissionCheck {

    /** Adds an error for each thing that prevents submission. */
    void check(Application app, FormErrors errors);

    /** What is missing, named for the candidate in their language (empty when nothing is). */
    java.util.List<String> missing(Application app, String lang);
}
