package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** Where a dossier stands in the admission lifecycle (see {@link Transition} for the moves). */
public enum ApplicationStatus implements Localizable {
    DRAFT, SUBMITTED, INCOMPLETE, COMPLETE, UNDER_REVIEW,
    ADMITTED, WAITLISTED, REJECTED,
    ACCEPTED, DECLINED, EXPIRED, ENROLLED,
    WITHDRAWN;

    /** A live dossier still counts as the candidate's application for its track. */
    public boolean isLive() {
        return this != REJECTED && this != DECLINED && this != EXPIRED && this != WITHDRAWN;
    }

    /** An offer pending or taken: the dossier occupies one of the track's places. */
    public boolean holdsPlace() {
        return this == ADMITTED || this == ACCEPTED || this == ENROLLED;
    }

    /** The candidate may change the form only before the secretariat takes it, or when sent back. */
    public boolean isEditableByCandidate() {
        return this == DRAFT || this == INCOMPLETE;
    }

    /** The status in this language, for text made in Java (exports, charts, printed documents). */
    @Override
    public String text(String lang) {
        return Localizable.bundle(ApplicationMessages.class, lang).status(this);
    }
}
