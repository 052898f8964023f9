package fr.univlorraine.ieps.ranking;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the heads' dashboard, as {dash:key}; the charts' texts are read from Java too.
 * Files: messages/dash_fr.properties (default) and messages/dash_en.properties.
 */
@MessageBundle(value = "dash", locale = "fr")
public interface DashboardMessages {

    String dash_title();

    String dash_h1();

    String dash_lead(String campaign);

    String dash_no_campaign();

    String dash_jump();

    String dash_track_title(String level, String campaign);

    String dash_work_label(String level);

    String dash_link_assign();

    String dash_link_ranking();

    String dash_show_numbers();

    String dash_col_count();

    String dash_total();

    String dash_places_h();

    String dash_places_left();

    String dash_places_of(int capacity);

    String dash_places_chart(String level, long taken, int capacity);

    String dash_places_value(long taken, int capacity);

    String dash_places_caption(String level);

    String dash_capacity();

    String dash_funnel_h();

    String dash_funnel_chart(String level);

    String dash_funnel_caption(String level);

    String dash_col_status();

    String dash_scores_h();

    String dash_scores_lead();

    String dash_scores_none();

    String dash_unscored(int count);

    String dash_hist_chart(String level);

    String dash_hist_axis();

    String dash_hist_caption(String level);

    String dash_col_bin();

    String dash_bin(int from, int to);

    String dash_bin_last(int from, int to);

    String dash_reviewers_h();

    String dash_reviewers_total(int submitted, int assigned);

    String dash_reviewers_none();

    String dash_reviewers_chart(String level);

    String dash_reviewers_caption(String level);

    String dash_reviewers_note();

    String dash_col_member();

    String dash_col_submitted();

    String dash_col_assigned();

    String dash_col_drafts();

    String dash_col_conflicts();

    String dash_legend_submitted();

    String dash_legend_drafts();

    String dash_legend_todo();

    String dash_link_decisions();

    String dash_free_places(int count);
}
