package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;

/** Why an invitation cannot be sent, or its link cannot be used. */
@io.quarkus.qute.TemplateEnum
public enum InvitationError implements Localizable {
    /** Sending: the dossier was not imported from the platform. */
    NOT_PLATFORM,
    /** Sending: its candidate already took it up. */
    ALREADY_TAKEN,
    /** Sending: the dossier has no e-mail address. */
    NO_EMAIL,
    /** The link: no such invitation (mistyped, forged, or replaced by a newer one). */
    UNKNOWN,
    /** The link: already used. */
    USED,
    /** The link: past its date. */
    EXPIRED,
    /** The candidate already has a dossier under way in this track. */
    ALREADY_APPLIED;

    @Override
    public String text(String lang) {
        return Localizable.bundle(PlatformPdfMessages.class, lang).invitation_error(this);
    }
}
