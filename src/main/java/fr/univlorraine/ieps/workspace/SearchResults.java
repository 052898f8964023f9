package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.kernel.Paged;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the search's results: its lines, the number of dossiers found in all, and the pages around this one;
 * {@link #first} and {@link #last} number the dossiers shown (from 1).
 */
public record SearchResults(List<Line> lines, long total, int page, int pages) implements Paged {

    /** A dossier found, with its labels. */
    public record Line(SearchRow row, List<String> tags) {

        /** The heads' decision if one is prepared, null otherwise. */
        public DecisionKind decision() {
            return row.decision();
        }

        public boolean published() {
            return row.publishedAt() != null;
        }
    }

    /** A link of the pager: a page number, or null for the gap between distant pages. */
    public record PageLink(Integer number, boolean current) {
    }

    public static SearchResults none() {
        return new SearchResults(List.of(), 0, 1, 1);
    }

    public int first() {
        return lines.isEmpty() ? 0 : (page - 1) * SearchService.PAGE_SIZE + 1;
    }

    public int last() {
        return first() + lines.size() - 1;
    }

    /** The first and last pages and the two pages on each side of this one, gaps marked. */
    public List<PageLink> links() {
        List<PageLink> links = new ArrayList<>();
        int previous = 0;
        for (int p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - page) <= 2) {
                if (p > previous + 1) {
                    links.add(new PageLink(null, false));
                }
                links.add(new PageLink(p, p == page));
                previous = p;
            }
        }
        return links;
    }
}
