package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.kernel.Localizable;

/** The field of a purge started by the admin: the box that confirms it. {@link RetentionMessages#purge_field}. */
public enum PurgeField implements Localizable {
    confirm;

    @Override
    public String text(String lang) {
        return Localizable.bundle(RetentionMessages.class, lang).purge_field(this);
    }
}
