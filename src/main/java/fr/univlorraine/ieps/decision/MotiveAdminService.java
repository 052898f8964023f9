package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.FormVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's changes to the standard refusal motives. A motive a decision cites is never deleted, only
 * retired; once a published refusal cites it, its wording is frozen, since candidates have read it.
 */
@ApplicationScoped
public class MotiveAdminService {

    @Inject
    FormCheck check;

    /** One line of the admin page: the motive, how many decisions cite it, how many of them are published. */
    public record Row(RefusalMotive motive, int citing, int published) {
        public boolean frozen() {
            return published > 0;
        }
    }

    public List<Row> rows() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] r : Decision.getEntityManager().createQuery("select d.motive.id, count(d), "
                + "sum(case when d.publishedAt is not null then 1 else 0 end) from Decision d where d.motive is not null "
                + "group by d.motive.id", Object[].class).getResultList()) {
            counts.put((Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return RefusalMotive.all().stream().map(m -> {
            long[] c = counts.getOrDefault(m.id, new long[2]);
            return new Row(m, (int) c[0], (int) c[1]);
        }).toList();
    }

    /** The row of one motive, for its edit page. */
    public Row row(Long id) {
        RefusalMotive motive = find(id);
        return new Row(motive, (int) citing(id), (int) published(id));
    }

    /** Creates (id null) or rewords a motive; returns the field errors, nothing written when there are any. */
    @Transactional
    public FormErrors save(Long id, MotiveForm form) {
        RefusalMotive motive = id == null ? null : find(id);
        FormErrors errors = check.check(form);
        if (motive != null) {
            if (motive.version != FormVersion.parse(form.version(), -1)) {
                throw new MotiveRefused(MotiveRefusal.STALE);
            }
            if (published(id) > 0) {
                throw new MotiveRefused(MotiveRefusal.PUBLISHED);
            }
        }
        if (errors.any()) {
            return errors;
        }
        if (motive == null) {
            motive = new RefusalMotive();
            List<RefusalMotive> all = RefusalMotive.all();
            motive.position = all.isEmpty() ? 1 : all.get(all.size() - 1).position + 1;
            motive.active = true;
        }
        motive.labelFr = form.labelFr();
        motive.labelEn = form.labelEn();
        motive.persist();
        return errors;
    }

    /** Swaps the motive with its neighbour above or below, then numbers every motive 1 to n. */
    @Transactional
    public void move(Long id, long version, boolean up) {
        List<RefusalMotive> all = new ArrayList<>(RefusalMotive.all());
        RefusalMotive motive = current(id, version);
        int index = all.indexOf(motive);
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < all.size()) {
            all.add(other, all.remove(index));
        }
        renumber(all);
    }

    /** Retires (no longer offered) or offers again; the last offered motive cannot be retired. */
    @Transactional
    public void setActive(Long id, long version, boolean active) {
        RefusalMotive motive = current(id, version);
        if (!active && motive.active && Counts.of("select count(m) from RefusalMotive m where m.active = true") <= 1) {
            throw new MotiveRefused(MotiveRefusal.LAST_ACTIVE);
        }
        motive.active = active;
    }

    /** Deletes a motive no decision cites; one that is cited can only be retired. */
    @Transactional
    public void delete(Long id, long version) {
        RefusalMotive motive = current(id, version);
        long citing = citing(id);
        if (citing > 0) {
            throw new MotiveRefused(MotiveRefusal.IN_USE, (int) citing);
        }
        if (motive.active && Counts.of("select count(m) from RefusalMotive m where m.active = true") <= 1) {
            throw new MotiveRefused(MotiveRefusal.LAST_ACTIVE);
        }
        motive.delete();
        try {
            // a decision prepared at this very moment may have just cited it: the foreign key settles it
            RefusalMotive.flush();
        } catch (PersistenceException e) {
            throw new MotiveRefused(MotiveRefusal.IN_USE, 1);
        }
        renumber(RefusalMotive.all());
    }

    /** Positions 1 to n in list order, closing any gap a removal left. */
    private static void renumber(List<RefusalMotive> motives) {
        for (int i = 0; i < motives.size(); i++) {
            motives.get(i).position = i + 1;
        }
    }

    private static RefusalMotive current(Long id, long version) {
        RefusalMotive motive = find(id);
        if (motive.version != version) {
            throw new MotiveRefused(MotiveRefusal.STALE);
        }
        return motive;
    }

    private static RefusalMotive find(Long id) {
        RefusalMotive motive = id == null ? null : RefusalMotive.findById(id);
        if (motive == null) {
            throw new MotiveRefused(MotiveRefusal.UNKNOWN);
        }
        return motive;
    }

    private static long citing(Long motiveId) {
        return Counts.of("select count(d) from Decision d where d.motive.id = ?1", motiveId);
    }

    private static long published(Long motiveId) {
        return Counts.of("select count(d) from Decision d where d.motive.id = ?1 and d.publishedAt is not null", motiveId);
    }
}
