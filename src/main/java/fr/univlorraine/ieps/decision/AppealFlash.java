package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmation of the appeal routes' page: {@link MotiveMessages#appeal_flash}. */
public enum AppealFlash implements Localizable {
    appeal_saved;

    @Override
    public String text(String lang) {
        return Localizable.bundle(MotiveMessages.class, lang).appeal_flash(this);
    }
}
