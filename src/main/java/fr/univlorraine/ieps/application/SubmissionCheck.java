package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.web.FormErrors;
import java.util.List;

/**
 * A condition a dossier must meet to be submitted, contributed by another feature (the documents'
 * checklist) without the application feature depending on it.
 */
public interface SubmissionCheck {

    /** Adds an error for each thing that prevents submission. */
    void check(Application app, FormErrors errors);

    /** Where the dossier's pieces stand, named for the candidate in their language. */
    Pieces pieces(Application app, String lang);

    /** The names of what is missing, in the candidate's language (empty when nothing is). */
    default List<String> missing(Application app, String lang) {
        return pieces(app, lang).missing().stream().map(MissingPiece::name).toList();
    }

    /** A piece still missing, named, with the address of the place where the candidate gives it. */
    record MissingPiece(String name, String href) {
    }

    /** How many of the pieces required now are given, and the ones still missing. */
    record Pieces(int given, int required, List<MissingPiece> missing) {
    }
}
