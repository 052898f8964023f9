package fr.univlorraine.ieps.kernel;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;

/**
 * A count written as a whole query ({@code select count(x) from X x where ...}): Hibernate parses and translates it
 * once and keeps its plan. Panache's {@code count(where, params)} builds a new count query from the where clause at
 * every call, which Hibernate translates to SQL again each time: on a page that shows a count (the unread messages
 * of the menu and of the candidate's status page) that translation cost more than the rest of the page's queries.
 */
public final class Counts {

    private Counts() {
    }

    /** The number the query counts; its parameters are positional, ?1 first. */
    public static long of(String query, Object... parameters) {
        TypedQuery<Long> count = Panache.getEntityManager().createQuery(query, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            count.setParameter(i + 1, parameters[i]);
        }
        return count.getSingleResult();
    }
}
