package fr.univlorraine.ieps.decision;

import java.time.Instant;

/**
 * What a head should know before publishing a track's decisions now: applications are still open (until closesAt),
 * or reviews are missing (pendingReviews assigned but not submitted, on dossiersMissingReviews dossiers, which
 * counts those with no review at all). Publishing despite them takes a second confirmation.
 */
public record PublicationWarnings(boolean stillOpen, Instant closesAt, int pendingReviews, int dossiersMissingReviews) {

    public boolean any() {
        return stillOpen || dossiersMissingReviews > 0;
    }
}
