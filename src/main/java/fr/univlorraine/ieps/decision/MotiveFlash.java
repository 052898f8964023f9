package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmations of the motives page: {@link MotiveMessages#flash}. */
public enum MotiveFlash implements Localizable {
    added, saved, moved, retired, reactivated, deleted;

    @Override
    public String text(String lang) {
        return Localizable.bundle(MotiveMessages.class, lang).flash(this);
    }
}
