package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.application.ContinuationState;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the continuation from M1 to M2 (the list of the secretariat and heads, the block of the student's status
 * page), as {cont:key}. Files: messages/cont_fr.properties (default) and messages/cont_en.properties.
 */
@MessageBundle(value = "cont", locale = "fr")
public interface ContinuationMessages {

    String nav();

    String title();

    String lead(String m1Campaign, String m2Campaign);

    String no_m2();

    String no_m1(int startYear);

    String places_title();

    String places_caption(String m2Campaign);

    String places_capacity();

    String places_continuing();

    String places_outside();

    String places_outside_taken();

    String places_left();

    String over_capacity(long over);

    String refresh_title();

    String refresh_text();

    String refresh_button(String m1Campaign);

    String refreshed(long added, long removed);

    String counts(long pending, long confirmed, long leaving);

    String empty();

    String caption(String m2Campaign, int count);

    String col_name();

    String col_reference();

    String col_origin();

    String col_state();

    String col_changed();

    String col_action();

    String listed_on(String date);

    String changed_by(String name, String date);

    String note_label();

    String note_hint();

    String button_confirm();

    String button_leaving();

    String button_pending();

    String buttons_for(String name);

    String dash_continuing();

    String cand_title();

    String cand_pending(String m2Campaign);

    String cand_confirm();

    String cand_leaving_hint();

    String cand_confirmed(String date);

    String cand_leaving(String m2Campaign);

    String cand_write();

    @Message
    String state(ContinuationState state);

    @Message
    String label(ContinuationField field);

    @Message
    String error(ContinuationError error);

    @Message
    String flash(ContinuationFlash flash);
}
