package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmations of the retention rules' page and of the purges' page: {@link RetentionMessages#flash}. */
public enum RetentionFlash implements Localizable {
    retention_saved, purge_done;

    @Override
    public String text(String lang) {
        return Localizable.bundle(RetentionMessages.class, lang).flash(this);
    }
}
