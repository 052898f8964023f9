package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.PlatformOutcome;
import java.time.LocalDate;

/**
 * A row of the file as it will be written. For the candidates' list: the candidate, and the dossier of the same
 * platform number that it updates, if any. For a status file: the dossier of the number, the outcome it gets, or none
 * when the platform's word leaves it as it is.
 */
public record ImportRow(int row, String number, String lastName, String firstNames, String email, LocalDate birthDate,
        String lastDiploma, EntryRoute route, String civility, String phone, String nationality, PlatformOutcome outcome,
        Long dossierId, String dossierName) {

    /** Whether the row updates a dossier already imported (rather than creating one). */
    public boolean updates() {
        return dossierId != null;
    }
}
