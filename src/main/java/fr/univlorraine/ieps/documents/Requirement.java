package fr.univlorraine.ieps.documents;

/** How a checklist item binds a candidate. */
public enum Requirement {
    MANDATORY,
    OPTIONAL,
    /** Either the document, or "not concerned" with a reason (e.g. no employer yet). */
    CONDITIONAL
}
