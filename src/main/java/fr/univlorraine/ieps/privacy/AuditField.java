package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the journal's filter, named as in its URL: {@link AuditMessages#label}. */
public enum AuditField implements Localizable {
    dossier, candidat, personne, type, du, au;

    @Override
    public String text(String lang) {
        return Localizable.bundle(AuditMessages.class, lang).label(this);
    }
}
