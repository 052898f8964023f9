package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Localizable;

/** The confirmations of the team and rubric pages: {@link ReviewAdminMessages#flash}. */
public enum AdminFlash implements Localizable {
    added, saved, unlinked, settings, criterion_saved, criterion_added,
    criterion_removed, criterion_moved, reminded;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ReviewAdminMessages.class, lang).flash(this);
    }
}
