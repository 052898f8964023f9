package fr.univlorraine.ieps.kernel;

/** Who moves a dossier: each transition names the actors allowed to make it. */
public enum Actor {
    CANDIDATE, SECRETARIAT, HEAD, SYSTEM
}
