package fr.univlorraine.ieps.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the admin pages of the teaching team and the rubric, as {adm:key}.
 * Files: messages/adm_fr.properties (default) and messages/adm_en.properties.
 */
@MessageBundle(value = "adm", locale = "fr")
public interface ReviewAdminMessages {

    String team_title();

    String team_lead();

    String team_add();

    String team_caption();

    String team_load_campaign(String campaign);

    String team_no_campaign();

    String team_col_name();

    String team_col_themes();

    String team_col_load();

    String team_col_account();

    String team_col_state();

    String team_col_action();

    String team_linked();

    String team_not_linked();

    String team_active();

    String team_inactive();

    String team_no_theme();

    String team_edit();

    String team_edit_label(String name);

    String member_new_title();

    String member_edit_title(String name);

    String member_account_linked();

    String member_account_not_linked();

    String member_load(String campaign, Integer load);

    String member_themes_hint();

    String member_active_hint();

    String member_save();

    String member_add();

    String member_back();

    String rubric_title();

    String rubric_lead(String campaign);

    String rubric_public_link();

    String rubric_no_campaign();

    String settings_title();

    String settings_blind_hint();

    String settings_save();

    String criteria_title();

    String criteria_explain();

    String criteria_locked_title();

    String criteria_locked();

    String criteria_caption(String campaign);

    String criteria_col_position();

    String criteria_col_criterion();

    String criteria_col_weight();

    String criteria_col_share();

    String criteria_col_actions();

    String criteria_total();

    String criteria_share(String share);

    String criteria_add();

    String criterion_edit();

    String criterion_edit_label(String label);

    String criterion_up();

    String criterion_up_label(String label);

    String criterion_down();

    String criterion_down_label(String label);

    String criterion_remove();

    String criterion_remove_label(String label);

    String criterion_remove_confirm();

    String criterion_new_title();

    String criterion_edit_title();

    String criterion_weight_locked(Integer weight);

    String criterion_texts_legend();

    String criterion_levels_legend();

    String criterion_levels_hint();

    String criterion_save();

    String criterion_add();

    String rubric_back();

    String tracks_title();

    String tracks_lead(String campaign);

    String tracks_caption(String campaign);

    String tracks_col_track();

    String tracks_col_places();

    String tracks_col_applications();

    String tracks_col_decisions();

    String tracks_col_actions();

    String tracks_places(long taken, int capacity);

    String tracks_offers(int days, int waitlist);

    String tracks_edit();

    String track_title(String level);

    String track_back();

    String track_lead(String campaign, long taken);

    String track_places_legend();

    String track_calendar_legend();

    String track_calendar_hint();

    String track_offers_legend();

    String track_save();

    String member_public_legend();

    String member_public_hint();

    String hint_memberEmail();

    String hint_memberEmailLinked();

    String hint_maxDossiers();

    String hint_weight();

    String hint_reviewersPerDossier();

    String hint_disagreementThreshold();

    String hint_publicPosition();

    /** The label of a field of the team and rubric forms: keys label_<field>. */
    @Message
    String label(AdminField field);

    /** What is wrong with a team member or the rubric: keys error_$<CONSTANT>. */
    @Message
    String error(AdminError error);

    /** The confirmation after a redirect (?ok=...): keys flash_$<constant>. */
    @Message
    String flash(AdminFlash flash);
}
