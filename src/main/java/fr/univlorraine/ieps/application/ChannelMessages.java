package fr.univlorraine.ieps.application;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the channels, as {chan:key}: the page pointing candidates to the national platform, the routes open here on
 * the candidate's list, the admin's platform settings, the head's local recruitment for places left.
 * Files: messages/chan_fr.properties (default) and chan_en.properties.
 */
@MessageBundle(value = "chan", locale = "fr")
public interface ChannelMessages {

    String notice_title(String level);

    String notice_all(String level);

    String notice_routes();

    String notice_dates(String opens, String closes);

    String notice_opens(String opens);

    String notice_closes(String closes);

    String notice_no_dates();

    String notice_link();

    String notice_link_hint();

    String list_route_until(String route, String date);

    String list_route_local(String route, String date);

    String list_routes_hint();

    String admin_legend();

    String admin_hint();

    String admin_dates_hint();

    String local_title(String level);

    String local_back();

    String local_places(int capacity, long taken, long platform, int left);

    String local_none();

    String local_state(String opens, String closes, int places, String routes);

    String local_state_upcoming(String opens, String closes, int places, String routes);

    String local_state_past(String closes);

    String local_form_legend();

    String local_hint();

    String hint_places(int left);

    String hint_no_places();

    String hint_closesAt();

    String local_open_button();

    String local_change_button();

    String local_close_legend();

    String local_close_text();

    String local_close_button();

    /** What is refused or wrong: keys error_$<CONSTANT>. */
    @Message
    String error(ChannelError error);

    /** The fields of the local recruitment: keys label_<field>. */
    @Message
    String label(LocalRecruitmentField field);

    /** The confirmation after a change of the local recruitment: keys flash_<constant>. */
    @Message
    String flash(LocalRecruitmentFlash flash);
}
