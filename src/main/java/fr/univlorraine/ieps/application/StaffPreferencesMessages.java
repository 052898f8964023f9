package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.notification.StaffContact;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the staff's preferences page, as {pref:key}: messages/pref_{fr,en}.properties. */
@MessageBundle(value = "pref", locale = "fr")
public interface StaffPreferencesMessages {

    String title();

    String lead();

    String address(String email);

    String no_address();

    String mails_heading();

    String mail_reviewer();

    String mail_head();

    String mail_secretariat();

    String mail_none();

    String rhythm_legend();

    String hint_IMMEDIATE();

    String hint_DAILY();

    String lang_legend();

    String lang_fr();

    String lang_en();

    String waiting(long count);

    String save();

    String link_home();

    String team_link();

    /** A rhythm of mails: keys rhythm_<CONSTANT>. */
    @Message
    String rhythm(StaffContact.Rhythm rhythm);

    /** The label of a field: keys label_<field>. */
    @Message
    String label(PreferencesField field);

    /** What is wrong with the form: keys error_$<CONSTANT>. */
    @Message
    String error(PreferencesError error);

    /** The confirmation after a redirect: keys flash_$<constant>. */
    @Message
    String flash(PreferencesFlash flash);
}
