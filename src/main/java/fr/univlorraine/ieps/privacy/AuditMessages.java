package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.AuditChain;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the audit journal (the DPO's and the admin's), its CSV, and the candidate's page of who read their dossier,
 * as {aud:key}. Files: messages/aud_fr.properties (default) and messages/aud_en.properties.
 */
@MessageBundle(value = "aud", locale = "fr")
public interface AuditMessages {

    String title();

    String lead();

    String integrity_title();

    String integrity_explain();

    String integrity_ok(long checked);

    String integrity_before_chain(long lines);

    String integrity_broken(long checked);

    String integrity_line(Long id);

    String integrity_place(Long seq);

    String integrity_button();

    String filter_label();

    String filter_legend();

    String hint_dossier();

    String hint_candidat();

    String hint_personne();

    String hint_date();

    String any();

    String submit();

    String reset();

    String found(long total);

    String caption(int first, int last, long total);

    String csv_link();

    String csv_hint();

    String col_when();

    String col_who();

    String col_subject();

    String col_roles();

    String col_what();

    String col_code();

    String col_dossier();

    String col_dossier_id();

    String col_document_id();

    String col_detail();

    String col_where();

    String col_line();

    String dossier_purged();

    String no_dossier();

    String address_forgotten();

    String pager_label();

    String previous_page();

    String next_page();

    String page_of(int page, int pages);

    String cand_title();

    String cand_back();

    String cand_lead();

    String cand_none();

    String cand_caption(int count);

    String cand_by();

    String cand_rights();

    String cand_link();

    /** The label of a field of the journal's filter: keys label_<field>. */
    @Message
    String label(AuditField field);

    /** Why a filter was refused besides a choice out of the list or a malformed date: keys error_$<CONSTANT>. */
    @Message
    String error(AuditError error);

    /** What a line of the journal records: keys action_$<CONSTANT>. */
    @Message
    String action(AuditAction action);

    /** A role a line names: keys role_<constant>. */
    @Message
    String role(AuditRole role);

    /** How the chain breaks: keys problem_$<CONSTANT>. */
    @Message
    String problem(AuditChain.Break problem);
}
