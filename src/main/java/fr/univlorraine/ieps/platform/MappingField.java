package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.SearchKey;
import java.util.List;

/**
 * A field of the app that a column of the platform's file fills, for one kind of file. The words are the beginnings
 * of the headers the platform is known to use (compared without accents or case), to propose a column the first time
 * a kind of file is mapped.
 */
public enum MappingField implements Localizable {
    NUMBER(ImportKind.CANDIDATES, true, "numero", "n candidat", "no candidat", "identifiant", "id candidat"),
    LAST_NAME(ImportKind.CANDIDATES, true, "nom de famille", "nom", "last name", "family name"),
    FIRST_NAMES(ImportKind.CANDIDATES, true, "prenom", "first name"),
    EMAIL(ImportKind.CANDIDATES, true, "email", "e mail", "courriel", "adresse mail", "mail"),
    BIRTH_DATE(ImportKind.CANDIDATES, true, "date de naissance", "naissance", "birth"),
    LAST_DIPLOMA(ImportKind.CANDIDATES, true, "dernier diplome", "diplome", "last diploma"),
    ROUTE(ImportKind.CANDIDATES, true, "regime", "voie", "modalite", "route", "type de formation"),
    CIVILITY(ImportKind.CANDIDATES, false, "civilite", "titre", "civility"),
    PHONE(ImportKind.CANDIDATES, false, "telephone", "tel", "portable", "phone"),
    NATIONALITY(ImportKind.CANDIDATES, false, "nationalite", "nationality"),
    OUTCOME_NUMBER(ImportKind.OUTCOMES, true, "numero", "n candidat", "no candidat", "identifiant", "id candidat"),
    OUTCOME(ImportKind.OUTCOMES, true, "etat", "statut", "decision", "resultat", "reponse", "status", "outcome");

    /** The kind of file the field belongs to. */
    public final ImportKind of;

    /** Whether a file of its kind must have a column for it. */
    public final boolean mandatory;

    private final List<String> headers;

    MappingField(ImportKind of, boolean mandatory, String... headers) {
        this.of = of;
        this.mandatory = mandatory;
        this.headers = List.of(headers);
    }

    /** Whether the platform is known to name this field's column so. */
    public boolean knownHeader(String header) {
        String folded = SearchKey.of(header);
        if (folded == null) {
            return false;
        }
        String words = folded.replaceAll("[^a-z0-9]+", " ").strip();
        return headers.stream().anyMatch(h -> words.equals(h) || words.startsWith(h + " "));
    }

    /** The id of the field's list on the mapping screen. */
    public String id() {
        return "col-" + name();
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(ImportMessages.class, lang).field(this);
    }
}
