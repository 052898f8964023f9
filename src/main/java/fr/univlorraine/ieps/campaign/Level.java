package fr.univlorraine.ieps.campaign;

/** The two years of the master, each recruited as its own track. */
public enum Level {
    M1, M2
}
