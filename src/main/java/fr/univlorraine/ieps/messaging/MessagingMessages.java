package fr.univlorraine.ieps.messaging;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the messages between the staff and the candidates, as {msgs:key}.
 * Files: messages/msgs_fr.properties (default) and messages/msgs_en.properties.
 */
@MessageBundle(value = "msgs", locale = "fr")
public interface MessagingMessages {

    String nav_messages();

    String nav_unread(Long count);

    String thread_title();

    String thread_count(Integer count);

    String thread_empty_staff();

    String thread_empty_candidate();

    String author_you();

    String author_team(String name);

    String author_candidate(String name);

    String fresh();

    String read_by_candidate(String date);

    String unread_by_candidate();

    String read_by_staff(String date);

    String unread_by_staff();

    String write_title();

    String write_hint_staff();

    String write_hint_candidate();

    String send();

    String no_reference();

    String staff_title(String reference);

    String staff_lead();

    String staff_back_inbox();

    String staff_open_dossier();

    String staff_candidate();

    String staff_reference();

    String staff_track();

    String staff_status();

    String staff_email();

    String cand_title(String level);

    String cand_lead();

    String cand_back();

    String cand_link();

    String cand_read();

    String cand_unread_notice(Long count);

    String unread_hidden(Long count);

    String inbox_title();

    String inbox_lead();

    String inbox_unread_total(Long count);

    String inbox_none();

    String inbox_truncated(Integer count);

    String inbox_caption();

    String col_unread();

    String col_reference();

    String col_candidate();

    String col_track();

    String col_status();

    String col_last();

    String col_count();

    String inbox_open_label(String reference);

    String inbox_unread_flag(Long count);

    String compose_title();

    String compose_lead(Integer count);

    String compose_none();

    String compose_search();

    String compose_recipients(Integer count);

    String compose_hint();

    String compose_send(Integer count);

    String compose_confirm(Integer count);

    String compose_back();

    /** The label of a field of the message forms: keys label_<field>. */
    @Message
    String label(MessageField field);

    /** What is wrong with a message to a selection: keys error_$<CONSTANT>. */
    @Message
    String error(MessagingError error);

    /** The confirmation after a redirect (?ok=...): keys flash_<constant>. */
    @Message
    String flash(MessagingFlash flash);
}
