package fr.univlorraine.ieps.application;

/** For alternance: how far the candidate is in finding the employer who will host them. */
public enum EmployerStatus {
    SEARCHING, PROMISE, SIGNED;

    public boolean namesEmployer() {
        return this != SEARCHING;
    }
}
