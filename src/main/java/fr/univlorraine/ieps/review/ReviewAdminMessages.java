package fr.univlorraine.ieps.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the admin pages of the teaching team and the rubric, as {adm:key}.
 * Files: messages/adm_fr.properties (default) and messages/adm_en.properties.
 */
@MessageBundle(value = "adm", locale = "fr")
public interface ReviewAdminMessages {

    @Message
    String team_title();

    @Message
    String team_lead();

    @Message
    String team_add();

    @Message
    String team_caption();

    @Message
    String team_load_campaign(String campaign);

    @Message
    String team_no_campaign();

    @Message
    String team_col_name();

    @Message
    String team_col_email();

    @Message
    String team_col_themes();

    @Message
    String team_col_load();

    @Message
    String team_col_account();

    @Message
    String team_col_state();

    @Message
    String team_col_action();

    @Message
    String team_linked();

    @Message
    String team_not_linked();

    @Message
    String team_active();

    @Message
    String team_inactive();

    @Message
    String team_no_theme();

    @Message
    String team_edit();

    @Message
    String team_edit_label(String name);

    @Message
    String flash_added();

    @Message
    String flash_saved();

    @Message
    String flash_unlinked();

    @Message
    String member_new_title();

    @Message
    String member_edit_title(String name);

    @Message
    String member_account_linked();

    @Message
    String member_account_not_linked();

    @Message
    String member_load(String campaign, Integer load);

    @Message
    String member_themes_hint();

    @Message
    String member_active_hint();

    @Message
    String member_save();

    @Message
    String member_add();

    @Message
    String member_back();

    @Message
    String rubric_title();

    @Message
    String rubric_lead(String campaign);

    @Message
    String rubric_public_link();

    @Message
    String rubric_no_campaign();

    @Message
    String settings_title();

    @Message
    String settings_blind_hint();

    @Message
    String settings_save();

    @Message
    String criteria_title();

    @Message
    String criteria_explain();

    @Message
    String criteria_locked_title();

    @Message
    String criteria_locked();

    @Message
    String criteria_caption(String campaign);

    @Message
    String criteria_col_position();

    @Message
    String criteria_col_criterion();

    @Message
    String criteria_col_weight();

    @Message
    String criteria_col_share();

    @Message
    String criteria_col_actions();

    @Message
    String criteria_total();

    @Message
    String criteria_share(String share);

    @Message
    String criteria_add();

    @Message
    String criterion_edit();

    @Message
    String criterion_edit_label(String label);

    @Message
    String criterion_up();

    @Message
    String criterion_up_label(String label);

    @Message
    String criterion_down();

    @Message
    String criterion_down_label(String label);

    @Message
    String criterion_remove();

    @Message
    String criterion_remove_label(String label);

    @Message
    String criterion_remove_confirm();

    @Message
    String criterion_new_title();

    @Message
    String criterion_edit_title();

    @Message
    String criterion_weight_locked(Integer weight);

    @Message
    String criterion_texts_legend();

    @Message
    String criterion_levels_legend();

    @Message
    String criterion_levels_hint();

    @Message
    String criterion_save();

    @Message
    String criterion_add();

    @Message
    String rubric_back();

    @Message
    String flash_settings();

    @Message
    String flash_criterion_saved();

    @Message
    String flash_criterion_added();

    @Message
    String flash_criterion_removed();

    @Message
    String flash_criterion_moved();

    @Message
    String tracks_title();

    @Message
    String tracks_lead(String campaign);

    @Message
    String tracks_caption(String campaign);

    @Message
    String tracks_col_track();

    @Message
    String tracks_col_places();

    @Message
    String tracks_col_applications();

    @Message
    String tracks_col_decisions();

    @Message
    String tracks_col_actions();

    @Message
    String tracks_places(long taken, int capacity);

    @Message
    String tracks_offers(int days, int waitlist);

    @Message
    String tracks_edit();

    @Message
    String flash_track_saved();

    @Message
    String track_title(String level);

    @Message
    String track_back();

    @Message
    String track_lead(String campaign, long taken);

    @Message
    String track_places_legend();

    @Message
    String track_calendar_legend();

    @Message
    String track_calendar_hint();

    @Message
    String track_offers_legend();

    @Message
    String track_save();

    @Message
    String member_public_legend();

    @Message
    String member_public_hint();
}
