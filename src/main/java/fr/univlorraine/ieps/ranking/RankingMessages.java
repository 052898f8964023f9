package fr.univlorraine.ieps.ranking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the ranking board, its log and the committee's minutes, as {rank:key}.
 * Files: messages/rank_fr.properties (default) and messages/rank_en.properties.
 */
@MessageBundle(value = "rank", locale = "fr")
public interface RankingMessages {

    @Message
    String board_title();

    @Message
    String board_title_track(String level);

    @Message
    String back_to_dashboard();

    @Message
    String back_to_board();

    @Message
    String board_lead();

    @Message
    String fig_dossiers();

    @Message
    String fig_places_left();

    @Message
    String fig_ties();

    @Message
    String fig_disagreements();

    @Message
    String fig_missing();

    @Message
    String ties_notice();

    @Message
    String log_link();

    @Message
    String minutes_link();

    @Message
    String assign_link();

    @Message
    String board_empty();

    @Message
    String board_caption(String level, int page, int pages);

    @Message
    String col_rank();

    @Message
    String col_dossier();

    @Message
    String col_mean();

    @Message
    String col_spread();

    @Message
    String col_recommendations();

    @Message
    String col_flags();

    @Message
    String col_move();

    @Message
    String flag_tie();

    @Message
    String flag_disagreement();

    @Message
    String flag_missing(int count);

    @Message
    String flag_no_review();

    @Message
    String flag_decided();

    @Message
    String move_to();

    @Message
    String move_reason();

    @Message
    String move_button();

    @Message
    String places_line(int count);

    @Message
    String criterion_short(int number);

    @Message
    String criterion_legend(int number, String label, int weight);

    @Message
    String pager_label();

    @Message
    String previous_page();

    @Message
    String next_page();

    @Message
    String page_of(int page, int pages);

    @Message
    String log_title(String level);

    @Message
    String log_lead();

    @Message
    String log_empty();

    @Message
    String col_when();

    @Message
    String col_who();

    @Message
    String col_movement();

    @Message
    String col_reason();

    @Message
    String movement(int from, int to);

    @Message
    String all_fit(int count);

    @Message
    String rec_admit(int count);

    @Message
    String rec_waitlist(int count);

    @Message
    String rec_reject(int count);

    @Message
    String pv_title();

    @Message
    String pv_programme(String level, String campaign);

    @Message
    String pv_held_on();

    @Message
    String pv_present();

    @Message
    String pv_none();

    @Message
    String pv_conflicts();

    @Message
    String pv_ranking();

    @Message
    String pv_candidate();

    @Message
    String pv_reviews_col();

    @Message
    String pv_reviews(int submitted, int pending);

    @Message
    String pv_recommendations(int admit, int waitlist, int reject);

    @Message
    String pv_places_line(int count);

    @Message
    String pv_changes();

    @Message
    String pv_move(String reference, int from, int to);

    @Message
    String pv_generated(String date);

    @Message
    String pv_done_at(String date);

    @Message
    String pv_signatures();

    @Message
    String pv_page_title(String level);

    @Message
    String pv_lead();

    @Message
    String pv_created();

    @Message
    String pv_ties(int count);

    @Message
    String pv_to_board();

    @Message
    String pv_past();

    @Message
    String pv_no_meeting();

    @Message
    String pv_download(String date);

    @Message
    String pv_by(String name);

    @Message
    String pv_new();

    @Message
    String pv_other_hint();

    @Message
    String pv_button();
}
