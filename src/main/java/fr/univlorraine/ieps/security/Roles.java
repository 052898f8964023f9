package fr.univlorraine.ieps.security;

import java.util.List;

/** The Keycloak realm roles the application knows (candidate is the default role of self-registered accounts; staff roles are given by hand). */
public final class Roles {
    public static final String CANDIDATE = "candidate";
    public static final String REVIEWER = "reviewer";
    public static final String HEAD = "head";
    public static final String SECRETARIAT = "secretariat";
    public static final String ADMIN = "admin";
    /** The university's data protection officer: reads the audit trail, the records of processing and purge reports; changes nothing. */
    public static final String DPO = "dpo";

    public static final List<String> ALL = List.of(CANDIDATE, REVIEWER, HEAD, SECRETARIAT, ADMIN, DPO);
    public static final List<String> STAFF = List.of(REVIEWER, HEAD, SECRETARIAT, ADMIN);

    private Roles() {
    }
}
