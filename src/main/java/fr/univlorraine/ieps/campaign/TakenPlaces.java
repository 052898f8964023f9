package fr.univlorraine.ieps.campaign;

/**
 * How many places of a track are taken (offers awaiting an answer, accepted and enrolled candidates, places filled on
 * the national platform).
 * The dossiers' feature answers it ({@code application.Places}): campaign lies below it and cannot count them.
 */
public interface TakenPlaces {

    long taken(Long trackId);
}
