package fr.univlorraine.ieps.kernel;

/**
 * One page of a list shown page by page (the ranking board, the staff's search, the audit journal): the page shown,
 * from 1, the number of pages, and where the links to the previous and next pages lead.
 */
public interface Paged {

    int page();

    int pages();

    default boolean hasPrevious() {
        return page() > 1;
    }

    default boolean hasNext() {
        return page() < pages();
    }

    default int previousPage() {
        return page() - 1;
    }

    default int nextPage() {
        return page() + 1;
    }
}
