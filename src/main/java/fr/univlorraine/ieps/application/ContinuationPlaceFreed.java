package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.campaign.Track;

/**
 * Fired in the transaction where a continuing student was marked leaving, under the M2 track's lock: their place is
 * free. Whoever gives out the places observes it and follows the waiting list's rules.
 */
public record ContinuationPlaceFreed(Track track) {
}
