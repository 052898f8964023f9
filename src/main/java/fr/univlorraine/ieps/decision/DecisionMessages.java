package fr.univlorraine.ieps.decision;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of decisions and offers, as {dec:key}: the candidate's decision panel and the heads' decisions page.
 * Files: messages/dec_fr.properties (default) and messages/dec_en.properties.
 */
@MessageBundle(value = "dec", locale = "fr")
public interface DecisionMessages {

    @Message
    String cand_title();

    @Message
    String cand_offer(String level);

    @Message
    String cand_deadline();

    @Message
    String cand_paris_time();

    @Message
    String cand_offer_help();

    @Message
    String cand_accept_title();

    @Message
    String cand_accept_text();

    @Message
    String cand_accept();

    @Message
    String cand_decline_title();

    @Message
    String cand_decline_confirm();

    @Message
    String cand_decline();

    @Message
    String cand_waitlist_rank(int rank);

    @Message
    String cand_waitlist_text();

    @Message
    String cand_rejected();

    @Message
    String cand_offer_late();

    @Message
    String cand_outcome_ACCEPTED();

    @Message
    String cand_outcome_DECLINED();

    @Message
    String cand_outcome_EXPIRED();

    @Message
    String cand_outcome_WITHDRAWN();

    @Message
    String cand_letter();

    @Message
    String page_title(String level);

    @Message
    String back_to_dashboard();

    @Message
    String page_lead();

    @Message
    String fig_capacity();

    @Message
    String fig_taken();

    @Message
    String fig_places_left();

    @Message
    String fig_to_decide();

    @Message
    String published_on(String date);

    @Message
    String scheduled_on(String date, String name);

    @Message
    String unschedule_button();

    @Message
    String scheduled_failed();

    @Message
    String places_free(int count);

    @Message
    String nothing_to_decide();

    @Message
    String preparation_title();

    @Message
    String preparation_help(int places, int waitlist);

    @Message
    String showing_proposal();

    @Message
    String show_drafts();

    @Message
    String show_proposal();

    @Message
    String board_link();

    @Message
    String counts_label();

    @Message
    String count_admit();

    @Message
    String count_waitlist();

    @Message
    String count_reject();

    @Message
    String count_saved();

    @Message
    String default_motive();

    @Message
    String default_motive_hint();

    @Message
    String motive_none();

    @Message
    String table_caption(String level);

    @Message
    String col_rank();

    @Message
    String col_dossier();

    @Message
    String col_mean();

    @Message
    String col_proposal();

    @Message
    String col_decision();

    @Message
    String col_motive();

    @Message
    String col_status();

    @Message
    String col_detail();

    @Message
    String not_saved();

    @Message
    String kind_ADMIT();

    @Message
    String kind_WAITLIST();

    @Message
    String kind_REJECT();

    @Message
    String motive_for_refusals();

    @Message
    String motive_text();

    @Message
    String places_line(int places);

    @Message
    String save_button();

    @Message
    String publication_title();

    @Message
    String publication_incomplete(int count);

    @Message
    String publication_help();

    @Message
    String publish_now_title();

    @Message
    String publish_confirm(int admit, int waitlist, int reject);

    @Message
    String publish_button();

    @Message
    String schedule_title();

    @Message
    String schedule_help(String date);

    @Message
    String schedule_button();

    @Message
    String schedule_passed(String date);

    @Message
    String followup_title();

    @Message
    String followup_caption(String level);

    @Message
    String followup_rank(int rank);

    @Message
    String followup_deadline(String date);
}
