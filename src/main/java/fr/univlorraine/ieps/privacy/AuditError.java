package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.kernel.Localizable;

/** What the journal's filter refuses besides a choice out of its list or a malformed date: {@link AuditMessages#error}. */
public enum AuditError implements Localizable {
    PERIOD_REVERSED;

    @Override
    public String text(String lang) {
        return Localizable.bundle(AuditMessages.class, lang).error(this);
    }
}
