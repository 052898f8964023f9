package fr.univlorraine.ieps.decision;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of decisions and offers, as {dec:key}: the candidate's decision panel and the heads' decisions page.
 * Files: messages/dec_fr.properties (default) and messages/dec_en.properties.
 */
@MessageBundle(value = "dec", locale = "fr")
public interface DecisionMessages {

    String cand_title();

    String cand_offer(String level);

    String cand_deadline();

    String cand_paris_time();

    String cand_offer_help();

    String cand_accept_title();

    String cand_accept_text();

    String cand_accept();

    String cand_decline_title();

    String cand_decline_confirm();

    String cand_decline();

    String cand_waitlist_rank(int rank);

    String cand_waitlist_text();

    String cand_rejected();

    String cand_offer_late();

    String cand_letter();

    String page_title(String level);

    String back_to_dashboard();

    String page_lead();

    String fig_capacity();

    String fig_taken();

    String fig_places_left();

    String fig_to_decide();

    String published_on(String date);

    String scheduled_on(String date, String name);

    String unschedule_button();

    String scheduled_failed();

    String places_free(int count);

    String nothing_to_decide();

    String preparation_title();

    String preparation_help(int places, int waitlist);

    String showing_proposal();

    String show_drafts();

    String show_proposal();

    String board_link();

    String counts_label();

    String count_admit();

    String count_waitlist();

    String count_reject();

    String count_saved();

    String default_motive();

    String default_motive_hint();

    String motive_none();

    String table_caption(String level);

    String col_rank();

    String col_dossier();

    String col_mean();

    String col_proposal();

    String col_decision();

    String col_motive();

    String col_status();

    String col_detail();

    String not_saved();

    String motive_for_refusals();

    String motive_text();

    String places_line(int places);

    String save_button();

    String publication_title();

    String publication_incomplete(int count);

    String publication_help();

    String publish_now_title();

    String publish_confirm(int admit, int waitlist, int reject);

    String publish_button();

    String schedule_title();

    String schedule_help(String date);

    String schedule_button();

    String schedule_passed(String date);

    String followup_title();

    String followup_caption(String level);

    String followup_rank(int rank);

    String followup_deadline(String date);

    String hint_declineReason();

    String hint_reason();

    /** A decision: keys kind_<CONSTANT>. */
    @Message
    String kind(DecisionKind kind);

    /** How an offer ended, for the candidate: keys cand_outcome_<CONSTANT>. */
    @Message
    String cand_outcome(OfferOutcome outcome);

    /** A step of the dossier on the status page: keys step_$<CONSTANT>. */
    @Message
    String step(StatusStep step);

    /** The confirmation after a redirect (?ok=...): keys flash_$<constant>. */
    @Message
    String flash(DecisionFlash flash);

    /** What is wrong with decisions or an answer to an offer: keys error_$<CONSTANT>. */
    @Message
    String error(DecisionError error);

    /** The label of a field of the status and decisions pages: keys label_<field>. */
    @Message
    String label(DecisionField field);

    String confirm_title(String level);

    String confirm_lead(String level);

    String warn_open(String date);

    String warn_reviews_missing(int dossiers);

    String warn_reviews_pending(int pending);

    String warnings_confirm();

    String confirm_button();

    String confirm_back();
}
