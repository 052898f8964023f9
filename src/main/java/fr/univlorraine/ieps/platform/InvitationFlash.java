package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmation after an invitation was sent. */
public enum InvitationFlash implements Localizable {
    invited;

    @Override
    public String text(String lang) {
        return Localizable.bundle(PlatformPdfMessages.class, lang).invitation_flash(this);
    }
}
