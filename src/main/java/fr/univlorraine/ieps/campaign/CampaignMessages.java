package fr.univlorraine.ieps.campaign;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the campaign and its tracks, as {camp:key}: levels, the track settings form, its errors.
 * Files: messages/camp_fr.properties (default) and camp_en.properties. A method taking an enum has no text of
 * its own: Qute writes it from the keys {@code <method>_<CONSTANT>} of each file, and a constant without its key
 * fails the build.
 */
@MessageBundle(value = "camp", locale = "fr")
public interface CampaignMessages {

    String hint_capacity();

    String hint_closesAt();

    String hint_decisionsPublishedAt();

    String hint_offerResponseDays();

    String hint_reminderDaysBefore();

    String hint_waitlistSize();

    /** The level of a track: keys level_<CONSTANT>. */
    @Message
    String level(Level level);

    /** The label of a field of the track settings: keys label_<field>. */
    @Message
    String label(TrackField field);

    /** What is wrong with the track settings: keys error_$<CONSTANT>. */
    @Message
    String error(TrackError error);

    /** The confirmation after a change: keys flash_$<constant>. */
    @Message
    String flash(TrackFlash flash);
}
