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

    @Inject
    TrackChannels channels;

    /** Saves the form, all or nothing, leaving the national platform's settings as they are. */
    @Transactional
    public FormErrors save(Long trackId, TrackForm form) {
        return save(trackId, form, null);
    }

    /**
     * Saves the form and, unless null, the national platform's part of it, all or nothing; returns the field errors,
     * empty when saved.
     */
    @Transactional
    public FormErrors save(Long trackId, TrackForm form, TrackChannelForm channel) {
        Track track = Track.lock(trackId);
        if (track.version != FormVersion.parse(form.version(), -1)) {
            throw new OptimisticLockException();
        }
        var errors = new FormErrors();
        Integer capacity = Whole.Check.number(form.capacity());
        if (capacity != null && capacity >= 1 && capacity < places.taken(track.id)) {
            errors.add(TrackField.capacity, TrackError.CAPACITY_BELOW_TAKEN);
        }
        errors.addAll(check.check(form));
        if (channel != null) {
            errors.addAll(check.check(channel));
            if (!channel.inOrder()) {
                errors.add(TrackField.platformClosesAt, TrackError.PLATFORM_CLOSES_BEFORE_OPENS);
            }
            var known = channels.routes().stream().map(r -> r.code()).toList();
            if (!known.containsAll(channel.routes())) {
                errors.add(TrackField.platformRoutes, TrackError.PLATFORM_ROUTE);
            }
        }
        if (errors.any()) {
            return errors;
        }
        form.applyTo(track);
        if (channel != null) {
            channels.save(track.id, channel.settings());
        }
        // a larger capacity after publication: the waiting list gets the new places now, not at the next decline
        saved.fire(new TrackSettingsSaved(track));
        return errors;
    }
}
