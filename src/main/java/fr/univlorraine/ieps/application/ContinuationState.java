package fr.univlorraine.ieps.application;

/** Where an M1 student stands with their continuation in M2. */
public enum ContinuationState {
    /** Listed from the M1 track, not confirmed yet: the place is kept for them. */
    PENDING,
    /** The student (or the secretariat for them) confirmed they continue. */
    CONFIRMED,
    /** Not continuing here: the place is free for an outside candidate. */
    LEAVING;

    /** Whether the student holds one of the M2 places. */
    public boolean holdsPlace() {
        return this != LEAVING;
    }
}
