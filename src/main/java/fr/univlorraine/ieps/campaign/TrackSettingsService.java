package fr.univlorraine.ieps.campaign;

import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.FormVersion;
import fr.univlorraine.ieps.web.Whole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

/**
 * The admin's changes to a track. Under the track's lock, like every change of its places: the capacity
 * never drops below the places already taken, and new places go at once to the waiting list.
 */
@ApplicationScoped
public class TrackSettingsService {

    @Inject
    TakenPlaces places;

    @Inject
    Event<TrackSettingsSaved> saved;

    @Inject
    FormCheck check;

    /** Saves the form, all or nothing; returns the field errors, empty when saved. */
    @Transactional
    public FormErrors save(Long trackId, TrackForm form) {
        Track track = Track.lock(trackId);
        if (track.version != FormVersion.parse(form.version(), -1)) {
            throw new OptimisticLockException();
        }
        var errors = new FormErrors();
        Integer capacity = Whole.Check.number(form.capacity());
        if (capacity != null && capacity >= 1 && capacity < places.taken(track.id)) {
            errors.add(TrackField.capacity, TrackError.CAPACITY_BELOW_TAKEN);
        }
        if (errors.addAll(check.check(form)).any()) {
            return errors;
        }
        form.applyTo(track);
        // a larger capacity after publication: the waiting list gets the new places now, not at the next decline
        saved.fire(new TrackSettingsSaved(track));
        return errors;
    }
}
