package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.kernel.Localizable;

/** Why the account was not deleted: {@link RightsMessages#error}. */
public enum RightsError implements Localizable {
    /** The box saying the candidate understood was not ticked. */
    NOT_CONFIRMED,
    /** A dossier is still in the selection (submitted, under review, offered, accepted): withdraw it or wait. */
    DOSSIER_IN_PROGRESS;

    @Override
    public String text(String lang) {
        return Localizable.bundle(RightsMessages.class, lang).error(this);
    }
}
