package fr.univlorraine.ieps.audit;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;

/** Lines of the audit trail written at the end of the chain as someone else than the test's login (a test fixture). */
public final class AuditLines {

    private AuditLines() {
    }

    /** A line by {@code subject} ({@code name}) in {@code roles}, at {@code at}; its id. */
    public static Long write(String subject, String name, String roles, AuditAction action, Long applicationId,
            Instant at) {
        return write(subject, name, roles, action, applicationId, at, null);
    }

    /** The same with a detail. */
    public static Long write(String subject, String name, String roles, AuditAction action, Long applicationId,
            Instant at, String detail) {
        AuditChain chain = Arc.container().instance(AuditChain.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            var event = new AuditEvent();
            event.occurredAt = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            event.actorSubject = subject;
            event.actorName = name;
            event.actorRoles = roles;
            event.action = action.name();
            event.applicationId = applicationId;
            event.detail = detail;
            chain.append(AuditEvent.getEntityManager(), event);
            return event.id;
        });
    }
}
