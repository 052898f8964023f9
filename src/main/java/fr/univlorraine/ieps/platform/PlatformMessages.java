package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.decision.DecisionKind;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the national platform's hub, the outcomes page, the board's mark of an imported dossier and the ranking file
 * sent back to the platform, as {plat:key}. Files: messages/plat_fr.properties (default) and messages/plat_en.properties.
 */
@MessageBundle(value = "plat", locale = "fr")
public interface PlatformMessages {

    String nav_platform();

    String hub_title();

    String hub_lead();

    String hub_none();

    String hub_track_title(String level, String campaign);

    String hub_routes();

    String hub_platform_dates(String from, String to);

    String hub_local_dates(String from, String to);

    String hub_figures_label(String level);

    String hub_steps_label(String level);

    String fig_imported();

    String fig_complete();

    String fig_under_review();

    String fig_recorded();

    String fig_filled();

    String fig_places_left(int capacity);

    String hub_outcomes_caption(String level);

    String col_outcome();

    String col_count();

    String link_import();

    String link_pdf();

    String link_board();

    String link_export_csv();

    String link_export_xlsx();

    String link_outcomes();

    String link_local();

    String back_to_hub();

    String outcomes_title(String level);

    String outcomes_lead();

    String outcomes_figures_label();

    String outcomes_none();

    String outcomes_caption(String level);

    String col_dossier();

    String col_number();

    String col_status();

    String col_recorded();

    String recorded_on(String date);

    String not_recorded();

    String outcome_none();

    String outcomes_save();

    /** The mark of an imported dossier on the board and the decisions page. */
    String board_flag();

    String board_flag_hint();

    /** The decisions page, when the board holds dossiers of the platform. */
    String decisions_platform_notice(int count);

    /** The heads' dashboard: the places the platform filled, in the table of places. */
    String dash_filled();

    String export_sheet();

    @Message
    String export_column(RankingExport.Column column);

    @Message
    String export_outcome(DecisionKind kind);

    @Message
    String label(OutcomeField field);

    @Message
    String flash(OutcomeFlash flash);

    @Message
    String error(OutcomeError error);
}
