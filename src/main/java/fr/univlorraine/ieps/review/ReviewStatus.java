package fr.univlorraine.ieps.review;

/** Where one reviewer stands on one dossier. */
public enum ReviewStatus {
    ASSIGNED, DRAFT, SUBMITTED,
    /** The reviewer declared a conflict of interest: the dossier left their queue for good. */
    CONFLICT;

    /** Still expected from the reviewer. */
    public boolean isPending() {
        return this == ASSIGNED || this == DRAFT;
    }
}
