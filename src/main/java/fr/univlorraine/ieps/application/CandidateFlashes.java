package fr.univlorraine.ieps.application;

import java.util.Set;

/**
 * The confirmations the candidate's pages show after a redirect ({@code ?ok=created}, {@code ?ok=withdrawn}...):
 * the dossier's pages here and its status page (decision) read the same list; anything else is ignored.
 */
public final class CandidateFlashes {

    static final Set<String> FLASHES = Set.of("created", "saved", "submitted", "withdrawn", "accepted", "declined");

    private CandidateFlashes() {
    }

    /** The confirmation to show, or null. */
    public static String of(String ok) {
        return ok != null && FLASHES.contains(ok) ? ok : null;
    }
}
