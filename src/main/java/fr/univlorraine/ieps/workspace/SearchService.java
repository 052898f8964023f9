package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.documents.DocumentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The staff's search over every dossier of every campaign, track and status (a draft is not a dossier yet: it has no
 * reference and only its candidate sees it). Each word typed must be found, anywhere, in the name, the e-mail or the
 * reference, accents and case aside ({@link fr.univlorraine.ieps.kernel.SearchKey}); the filters narrow that down.
 * One page of rows read as values, with their decisions, then the count only when that page is full or past the end: a
 * search by a name, an e-mail or a reference mostly fits in one page, whose length is the count. One query for a page
 * not full, two for a full one, three for a page past the end, whatever the number of dossiers; then the labels of that
 * page's dossiers only.
 */
@ApplicationScoped
public class SearchService {

    public static final int PAGE_SIZE = 25;
    /** The shortest word a trigram index can look up (PostgreSQL's pg_trgm: three characters). */
    static final int TRIGRAM = 3;
    /** The escape character of the LIKE patterns, so that a typed % or _ is looked for as such. */
    private static final char ESCAPE = '!';

    /**
     * The labels of a page's dossiers, in one query whose text never changes: each of the page's ids is bound on its
     * own, the places left over repeat the last one. Hibernate keeps no SQL for a query with a list parameter and
     * would translate it again at every page.
     */
    private static final String TAGS_OF_PAGE = "select g.application.id, g.label from DossierTag g where g.application.id in ("
            + IntStream.range(0, PAGE_SIZE).mapToObj(i -> ":id" + i).collect(Collectors.joining(", ")) + ") order by g.label";

    public SearchResults search(SearchForm.Criteria criteria) {
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        EntityManager em = Application.getEntityManager();
        int page = Math.max(1, criteria.page());
        List<SearchRow> found = page(em, where, params, criteria.order(), page);
        long total;
        if (!found.isEmpty() && found.size() < PAGE_SIZE) {
            // the last page, read whole: the count is known without counting (a name, an e-mail, a reference)
            total = (long) (page - 1) * PAGE_SIZE + found.size();
        } else if (found.isEmpty() && page == 1) {
            return SearchResults.none();
        } else {
            TypedQuery<Long> count = em.createQuery("select count(a) from Application a" + where, Long.class);
            params.forEach(count::setParameter);
            total = count.getSingleResult();
            if (total == 0) {
                return SearchResults.none();
            }
            if (found.isEmpty()) {
                // a page past the end (the list shrank, or a typed address): its last page
                page = pages(total);
                found = page(em, where, params, criteria.order(), page);
            }
        }
        return new SearchResults(lines(em, found), total, page, pages(total));
    }

    private static int pages(long total) {
        return (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /**
     * One page of rows, read as values, each with its decision if it has one (one at most). The page's dossiers are
     * picked first, by what sorts them alone (V33: from the index, for filters alone), and only those 25 are then read
     * whole with their track and decision, instead of every dossier that matches.
     */
    private static List<SearchRow> page(EntityManager em, String where, Map<String, Object> params, SearchOrder by, int page) {
        String order = by == SearchOrder.REFERENCE ? " order by %1$s.reference" : " order by %1$s.searchName, %1$s.reference";
        TypedQuery<SearchRow> rows = em.createQuery("select new fr.univlorraine.ieps.workspace.SearchRow(p.id, p.reference,"
                + " p.lastName, p.firstName, p.email, t.level, c.code, p.entryRoute, p.vap, p.status, made.kind,"
                + " made.publishedAt) from Application p join p.track t join t.campaign c"
                + " left join Decision made on made.application = p where p.id in (select a.id from Application a" + where
                + order.formatted("a") + " offset :skipped rows fetch first :shown rows only)" + order.formatted("p"),
                SearchRow.class);
        params.forEach(rows::setParameter);
        return rows.setParameter("skipped", (page - 1) * PAGE_SIZE).setParameter("shown", PAGE_SIZE).getResultList();
    }

    /** The conditions of the search, from " where"; their values go into {@code params}. */
    static String where(SearchForm.Criteria c, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where a.reference is not null");
        for (int i = 0; i < c.words().size(); i++) {
            String typed = c.words().get(i);
            String word = escape(typed);
            // a word too short for a trigram ("Le Goff", "Da Silva", "N'Diaye") only filters what the other words
            // found: its columns are written so that no index serves it. Through an index it would hand back every
            // dossier, and PostgreSQL, once it keeps one plan for the statement (from its sixth run on a connection),
            // would walk the whole index at every such search, whatever the words.
            String unindexed = typed.length() < TRIGRAM ? "concat(%s, '')" : "%s";
            where.append(" and (%s like :w%d escape '!' or %s like :w%d escape '!' or %s like :r%d escape '!')".formatted(
                    unindexed.formatted("a.searchName"), i, unindexed.formatted("a.searchEmail"), i,
                    unindexed.formatted("a.reference"), i));
            params.put("w" + i, "%" + word + "%");
            params.put("r" + i, "%" + word.toUpperCase(Locale.ROOT) + "%");
        }
        if (c.level() != null) {
            where.append(" and a.track.level = :level");
            params.put("level", c.level());
        }
        if (c.route() != null) {
            where.append(" and a.entryRoute = :route");
            params.put("route", c.route());
        }
        if (c.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", c.status());
        }
        if (c.pieces() != null) {
            if (c.pieces() == PieceState.CHECKED) {
                where.append(" and exists (select 1 from ApplicationDocument d where d.application = a)"
                        + " and not exists (select 1 from ApplicationDocument d where d.application = a"
                        + " and (d.status = :pending or d.status = :refused))");
                params.put("pending", DocumentStatus.PENDING);
                params.put("refused", DocumentStatus.REFUSED);
            } else {
                where.append(" and exists (select 1 from ApplicationDocument d where d.application = a"
                        + " and d.status = :pieceState)");
                params.put("pieceState", c.pieces() == PieceState.REFUSED ? DocumentStatus.REFUSED : DocumentStatus.PENDING);
            }
        }
        if (c.decision() == DecisionFilter.NONE) {
            where.append(" and not exists (select 1 from Decision d where d.application = a)");
        } else if (c.decision() != null || c.publication() != null) {
            where.append(" and exists (select 1 from Decision d where d.application = a");
            if (c.decision() != null) {
                where.append(" and d.kind = :kind");
                params.put("kind", DecisionKind.valueOf(c.decision().name()));
            }
            if (c.publication() != null) {
                where.append(c.publication() == Publication.PUBLISHED ? " and d.publishedAt is not null"
                        : " and d.publishedAt is null");
            }
            where.append(")");
        }
        if (c.tag() != null) {
            where.append(" and exists (select 1 from DossierTag g where g.application = a and g.label = :tag)");
            params.put("tag", c.tag());
        }
        return where.toString();
    }

    /** The page's rows with their labels: one query for the whole page. */
    private static List<SearchResults.Line> lines(EntityManager em, List<SearchRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery(TAGS_OF_PAGE, Object[].class);
        for (int i = 0; i < PAGE_SIZE; i++) {
            query.setParameter("id" + i, rows.get(Math.min(i, rows.size() - 1)).id());
        }
        Map<Long, List<String>> tags = new HashMap<>();
        for (Object[] t : query.getResultList()) {
            tags.computeIfAbsent((Long) t[0], id -> new ArrayList<>()).add((String) t[1]);
        }
        return rows.stream().map(row -> new SearchResults.Line(row, tags.getOrDefault(row.id(), List.of()))).toList();
    }

    /** The word with the LIKE wildcards and the escape character itself escaped. */
    static String escape(String word) {
        StringBuilder escaped = new StringBuilder();
        for (char ch : word.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }
}
