package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.audit.AuditAddress;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.kernel.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the audit trail for the DPO and the admin: the lines a filter keeps, newest first, a page at a time or all of
 * them for the CSV, each with where it came from (if not yet forgotten) and its dossier's reference (if the dossier
 * still exists), and for a candidate the consultations of their dossier. Reads only: nothing here writes a line.
 */
@ApplicationScoped
public class AuditJournal {

    public static final int PAGE_SIZE = 50;
    /** The lines the CSV reads at a time. */
    static final int CHUNK = 500;

    /** A line as the journal shows it: its address (null once forgotten) and its dossier (null if none or purged). */
    public record Line(AuditEvent event, String address, Long dossierId, String reference) {

        public List<AuditRole> roles() {
            return AuditRole.of(event.actorRoles);
        }

        /** Whether the line names a dossier that no longer exists (purged): its id stays as the trace. */
        public boolean purged() {
            return event.applicationId != null && reference == null;
        }
    }

    /** One page of lines, the number of lines found in all, and the page asked (from 1). */
    public record Page(List<Line> lines, long total, int page, int pages) implements Paged {

        public int first() {
            return lines.isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1;
        }

        public int last() {
            return first() + lines.size() - 1;
        }
    }

    /** A staff consultation of a candidate's dossier: when, what kind, by which roles (never who). */
    public record Consultation(java.time.Instant at, fr.univlorraine.ieps.audit.AuditAction kind, List<AuditRole> roles) {
    }

    @Transactional
    public Page page(AuditJournalForm.Criteria criteria) {
        EntityManager em = AuditEvent.getEntityManager();
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(criteria.page(), pages);
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        params.forEach(query::setParameter);
        List<AuditEvent> events = query.setFirstResult((page - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        return new Page(lines(em, events), total, page, pages);
    }

    /** Every line the filter keeps, newest first, handed over chunk by chunk (for the CSV). */
    @Transactional
    public void each(AuditJournalForm.Criteria criteria, Consumer<Line> out) {
        EntityManager em = AuditEvent.getEntityManager();
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        for (int first = 0;; first += CHUNK) {
            TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where
                    + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
            params.forEach(query::setParameter);
            List<AuditEvent> events = query.setFirstResult(first).setMaxResults(CHUNK).getResultList();
            lines(em, events).forEach(out);
            em.clear();
            if (events.size() < CHUNK) {
                return;
            }
        }
    }

    /** The staff's views and downloads of this dossier, newest first. */
    @Transactional
    public List<Consultation> consultations(Long applicationId) {
        return AuditEvent.<AuditEvent>list("applicationId = ?1 and action in ?2 order by occurredAt desc, id desc",
                applicationId, fr.univlorraine.ieps.audit.AuditAction.consultations()).stream()
                .map(e -> new Consultation(e.occurredAt, e.kind(), AuditRole.of(e.actorRoles))).toList();
    }

    private static String where(AuditJournalForm.Criteria c, Map<String, Object> params) {
        List<String> terms = new ArrayList<>();
        if (c.dossier() != null) {
            terms.add("e.applicationId in (select a.id from Application a where lower(a.reference) like :dossier escape '\\')");
            params.put("dossier", "%" + like(c.dossier()) + "%");
        }
        if (c.candidate() != null) {
            terms.add("e.applicationId in (select a.id from Application a where lower(a.email) like :candidate escape '\\'"
                    + " or lower(concat(coalesce(a.firstName, ''), ' ', coalesce(a.lastName, ''))) like :candidate escape '\\'"
                    + " or lower(concat(coalesce(a.lastName, ''), ' ', coalesce(a.firstName, ''))) like :candidate escape '\\')");
            params.put("candidate", "%" + like(c.candidate()) + "%");
        }
        if (c.staff() != null) {
            terms.add("(lower(e.actorName) like :staff escape '\\' or lower(e.actorSubject) like :staff escape '\\')");
            params.put("staff", "%" + like(c.staff()) + "%");
        }
        if (c.kind() != null) {
            terms.add("e.action = :kind");
            params.put("kind", c.kind().name());
        }
        if (c.from() != null) {
            terms.add("e.occurredAt >= :from");
            params.put("from", c.from());
        }
        if (c.until() != null) {
            terms.add("e.occurredAt < :until");
            params.put("until", c.until());
        }
        return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
    }

    /** The text as a LIKE pattern matches it literally. */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<Line> lines(EntityManager em, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = events.stream().map(e -> e.id).toList();
        Map<Long, String> addresses = new HashMap<>();
        em.createQuery("select a from AuditAddress a where a.eventId in :ids", AuditAddress.class)
                .setParameter("ids", ids).getResultList().forEach(a -> addresses.put(a.eventId, a.address));
        List<Long> dossiers = events.stream().map(e -> e.applicationId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> references = new LinkedHashMap<>();
        if (!dossiers.isEmpty()) {
            em.createQuery("select a.id, a.reference from Application a where a.id in :ids", Object[].class)
                    .setParameter("ids", dossiers).getResultList()
                    .forEach(r -> references.put((Long) r[0], r[1] == null ? "#" + r[0] : (String) r[1]));
        }
        return events.stream().map(e -> new Line(e, addresses.get(e.id),
                references.containsKey(e.applicationId) ? e.applicationId : null, references.get(e.applicationId))).toList();
    }
}
