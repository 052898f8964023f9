package fr.univlorraine.ieps.ranking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the ranking board, its log and the committee's minutes, as {rank:key}.
 * Files: messages/rank_fr.properties (default) and messages/rank_en.properties.
 */
@MessageBundle(value = "rank", locale = "fr")
public interface RankingMessages {

    String board_title_track(String level);

    String back_to_dashboard();

    String back_to_board();

    String board_lead();

    String fig_dossiers();

    String fig_places_left();

    String fig_ties();

    String fig_disagreements();

    String fig_missing();

    String ties_notice();

    String log_link();

    String minutes_link();

    String assign_link();

    String board_empty();

    String board_caption(String level, int page, int pages);

    String col_rank();

    String col_dossier();

    String col_mean();

    String col_spread();

    String col_recommendations();

    String col_flags();

    String col_move();

    String flag_tie();

    String flag_disagreement();

    String flag_decided();

    String move_to();

    String move_reason();

    String move_button();

    String places_line(int count);

    String pager_label();

    String previous_page();

    String next_page();

    String page_of(int page, int pages);

    String log_title(String level);

    String log_lead();

    String log_empty();

    String col_when();

    String col_who();

    String col_movement();

    String col_reason();

    String movement(int from, int to);

    String all_fit(int count);

    String rec_admit(int count);

    String rec_waitlist(int count);

    String rec_reject(int count);

    String flag_missing(int count);

    String flag_no_review();

    String pv_title();

    String pv_programme(String level, String campaign);

    String pv_held_on();

    String pv_present();

    String pv_none();

    String pv_conflicts();

    String pv_ranking();

    String pv_candidate();

    String pv_reviews_col();

    String pv_reviews(int submitted, int pending);

    String pv_recommendations(int admit, int waitlist, int reject);

    String pv_places_line(int count);

    String pv_changes();

    String pv_move(String reference, int from, int to);

    String pv_generated(String date);

    String pv_done_at(String date);

    String pv_signatures();

    String pv_page_title(String level);

    String pv_lead();

    String pv_created();

    String pv_ties(int count);

    String pv_to_board();

    String pv_past();

    String pv_no_meeting();

    String pv_download(String date);

    String pv_by(String name);

    String pv_new();

    String pv_other_hint();

    String pv_button();

    String criterion_short(int number);

    String criterion_legend(int number, String label, int weight);

    /** What is wrong with a move or the minutes: keys error_$<CONSTANT>. */
    @Message
    String error(RankingError error);

    /** The label of a field of the minutes: keys label_<field>. */
    @Message
    String label(MinutesField field);

    /** The confirmation after a redirect (?ok=...): keys flash_$<constant>. */
    @Message
    String flash(RankingFlash flash);

    /** The board's link to the committee page of its first dossier on the page. */
    String committee_link();

    String board_empty_published();

    String decided_title();

    String decided_lead();

    String decided_followup_link();

    String decided_caption(String level);

    String col_decision();

    String col_status_now();
}
