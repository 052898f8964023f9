package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.security.Roles;
import java.util.Arrays;
import java.util.List;

/** The roles a line of the audit trail names (as {@code audit_event.actor_roles} holds them): {@link AuditMessages#role}. */
public enum AuditRole {
    reviewer, head, secretariat, admin, dpo, candidate;

    /** The roles of a line, known ones only, in this order. */
    public static List<AuditRole> of(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<String> names = Arrays.asList(stored.split(","));
        return Arrays.stream(values()).filter(r -> names.contains(r.name())).toList();
    }

    static {
        // the names are the realm's: a renamed role must be renamed here too
        for (AuditRole role : values()) {
            if (!Roles.ALL.contains(role.name())) {
                throw new IllegalStateException("not a role of the realm: " + role);
            }
        }
    }
}
