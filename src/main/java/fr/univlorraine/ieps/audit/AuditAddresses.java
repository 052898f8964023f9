package fr.univlorraine.ieps.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Forgets where the audit trail's lines came from once their time is over: the addresses (IP) older than a limit are
 * deleted, by batches; the lines themselves, and so their hashes, stay. The only deletion the audit package makes.
 */
@ApplicationScoped
public class AuditAddresses {

    static final int BATCH = 200;

    /** The ids of the lines whose address is older than {@code before}, in batches. */
    public List<List<Long>> expired(Instant before) {
        List<Long> ids = AuditAddress.getEntityManager().createQuery(
                "select a.eventId from AuditAddress a where a.occurredAt < ?1 order by a.eventId", Long.class)
                .setParameter(1, before).getResultList();
        List<List<Long>> batches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            batches.add(List.copyOf(ids.subList(i, Math.min(ids.size(), i + BATCH))));
        }
        return batches;
    }

    /** Deletes the addresses of these lines, if still older than {@code before}; whether any went. */
    public boolean forget(List<Long> eventIds, Instant before) {
        return AuditAddress.delete("eventId in ?1 and occurredAt < ?2", eventIds, before) > 0;
    }
}
