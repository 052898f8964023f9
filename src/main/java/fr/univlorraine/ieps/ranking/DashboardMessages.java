package fr.univlorraine.ieps.ranking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the heads' dashboard, as {dash:key}; the charts' texts are read from Java too.
 * Files: messages/dash_fr.properties (default) and messages/dash_en.properties.
 */
@MessageBundle(value = "dash", locale = "fr")
public interface DashboardMessages {

    @Message
    String dash_title();

    @Message
    String dash_h1();

    @Message
    String dash_lead(String campaign);

    @Message
    String dash_no_campaign();

    @Message
    String dash_jump();

    @Message
    String dash_track_title(String level, String campaign);

    @Message
    String dash_work_label(String level);

    @Message
    String dash_link_assign();

    @Message
    String dash_link_ranking();

    @Message
    String dash_show_numbers();

    @Message
    String dash_col_count();

    @Message
    String dash_total();

    @Message
    String dash_places_h();

    @Message
    String dash_places_left();

    @Message
    String dash_places_of(int capacity);

    @Message
    String dash_places_chart(String level, long taken, int capacity);

    @Message
    String dash_places_value(long taken, int capacity);

    @Message
    String dash_places_caption(String level);

    @Message
    String dash_capacity();

    @Message
    String dash_funnel_h();

    @Message
    String dash_funnel_chart(String level);

    @Message
    String dash_funnel_caption(String level);

    @Message
    String dash_col_status();

    @Message
    String dash_scores_h();

    @Message
    String dash_scores_lead();

    @Message
    String dash_scores_none();

    @Message
    String dash_unscored(int count);

    @Message
    String dash_hist_chart(String level);

    @Message
    String dash_hist_axis();

    @Message
    String dash_hist_caption(String level);

    @Message
    String dash_col_bin();

    @Message
    String dash_bin(int from, int to);

    @Message
    String dash_bin_last(int from, int to);

    @Message
    String dash_reviewers_h();

    @Message
    String dash_reviewers_total(int submitted, int assigned);

    @Message
    String dash_reviewers_none();

    @Message
    String dash_reviewers_chart(String level);

    @Message
    String dash_reviewers_caption(String level);

    @Message
    String dash_reviewers_note();

    @Message
    String dash_col_member();

    @Message
    String dash_col_submitted();

    @Message
    String dash_col_assigned();

    @Message
    String dash_col_drafts();

    @Message
    String dash_col_conflicts();

    @Message
    String dash_legend_submitted();

    @Message
    String dash_legend_drafts();

    @Message
    String dash_legend_todo();

    @Message
    String dash_link_decisions();

    @Message
    String dash_free_places(int count);
}
