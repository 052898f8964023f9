package fr.univlorraine.ieps.campaign;

/**
 * Fired in the transaction that saved a track's settings, under the track's lock. Whoever gives out the
 * places observes it: a larger capacity after publication goes to the waiting list at once.
 */
public record TrackSettingsSaved(Track track) {
}
