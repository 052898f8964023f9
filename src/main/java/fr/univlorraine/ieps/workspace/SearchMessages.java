package fr.univlorraine.ieps.workspace;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the staff's search, as {srch:key}.
 * Files: messages/srch_fr.properties (default) and messages/srch_en.properties.
 */
@MessageBundle(value = "srch", locale = "fr")
public interface SearchMessages {

    String nav_search();

    String title();

    String lead();

    String q_hint();

    String filters_legend();

    String any();

    String submit();

    String reset();

    String prompt();

    String none_found();

    String found(long total);

    String caption(int first, int last, long total);

    String col_select();

    String col_reference();

    String col_name();

    String col_track();

    String col_route();

    String col_status();

    String col_decision();

    String col_tags();

    String vap();

    String not_published();

    String no_decision();

    String select_dossier();

    String write_selected();

    String write_hint();

    String pager_label();

    String previous_page();

    String next_page();

    String page_link(int page);

    String current_page(int page);

    /** The label of a field of the search form: keys label_<field>. */
    @Message
    String label(SearchField field);

    /** Why a search was refused besides a choice out of the list: keys error_$<CONSTANT>. */
    @Message
    String error(SearchError error);

    /** The choices of the pieces filter: keys pieces_$<CONSTANT>. */
    @Message
    String pieces(PieceState state);

    /** The choices of the decision filter: keys decision_<CONSTANT>. */
    @Message
    String decision(DecisionFilter decision);

    /** The choices of the publication filter: keys publication_<CONSTANT>. */
    @Message
    String publication(Publication publication);

    /** The orders of the results: keys order_<CONSTANT>. */
    @Message
    String order(SearchOrder order);
}
