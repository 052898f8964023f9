package fr.univlorraine.ieps.notification;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the mails to staff, as {staff:key}: messages/staff_{fr,en}.properties. */
@MessageBundle(value = "staff", locale = "fr")
public interface StaffMailMessages {

    String mail_hello();

    String mail_hello_name(String name);

    String mail_link(String url);

    String mail_preferences(String url);

    String mail_signature();

    String assigned_subject(String reference);

    String assigned_body(String reference, String level);

    String motives_subject(String reference);

    String motives_body(String reference, String level, String due);

    String declined_subject(String reference);

    String declined_body(String reference, String level);

    String withdrawn_subject(String reference);

    String withdrawn_body(String reference, String level);

    String resubmitted_subject(String reference);

    String resubmitted_body(String reference, String level);

    String signin_subject();

    String signin_body(String email);

    String digest_subject(String day);

    String digest_intro(int count);

    String line_assigned(String reference, String level);

    String line_motives(String reference, String level, String due);

    String line_declined(String reference, String level);

    String line_withdrawn(String reference, String level);

    String line_resubmitted(String reference, String level);

    String digest_line(String text, String url);
}
