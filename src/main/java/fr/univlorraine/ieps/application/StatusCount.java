package fr.univlorraine.ieps.application;

/** How many dossiers of a track are in a status. */
public record StatusCount(ApplicationStatus status, long count) {
}
