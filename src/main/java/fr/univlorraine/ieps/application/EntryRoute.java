package fr.univlorraine.ieps.application;

/** The three ways into the master (brochure): initial studies, work-study, continuing education. */
public enum EntryRoute {
    INITIALE, ALTERNANCE, CONTINUE
}
