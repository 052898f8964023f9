package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.security.Roles;
import java.util.Arrays;
import java.util.Optional;

/**
 * Each role of the realm as a recipient of the data, in the records of processing: who holds it and what its pages
 * show (texts {@link RecordsMessages#role_name}, {@link RecordsMessages#role_sees}). A role of {@link Roles#ALL} without
 * its constant here fails a test: a new role is described the day it appears.
 */
public enum RecordsRole {
    CANDIDATE(Roles.CANDIDATE), REVIEWER(Roles.REVIEWER), HEAD(Roles.HEAD), SECRETARIAT(Roles.SECRETARIAT),
    ADMIN(Roles.ADMIN), DPO(Roles.DPO);

    /** The realm role's name. */
    public final String role;

    RecordsRole(String role) {
        this.role = role;
    }

    public static Optional<RecordsRole> of(String role) {
        return Arrays.stream(values()).filter(r -> r.role.equals(role)).findFirst();
    }
}
