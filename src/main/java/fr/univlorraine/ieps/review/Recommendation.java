package fr.univlorraine.ieps.review;

/** A reviewer's advice on a dossier. */
public enum Recommendation {
    ADMIT, WAITLIST, REJECT
}
