package fr.univlorraine.ieps.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every kind of line the audit trail holds, by the name stored in {@code audit_event.action}. The journal's filter and
 * its labels are these constants; {@link AuditLog#record} refuses a name that is not one of them, so that no line is
 * written that the DPO could not read.
 */
public enum AuditAction {
    /** A member of the staff opened a dossier's page. */
    VIEW_DOSSIER(true),
    /** A piece shown in the browser. */
    VIEW_DOCUMENT(true),
    /** A piece downloaded. */
    DOWNLOAD_DOCUMENT(true),
    /** The whole dossier as one PDF. */
    DOWNLOAD_DOSSIER_PDF(true),
    /** The dossier's pieces as a ZIP. */
    DOWNLOAD_ZIP(true),
    EXPORT_LIST(false),
    EXPORT_PLATFORM_RANKING(false),
    /** The minutes of the selection committee, as PDF. */
    DOWNLOAD_MINUTES(false),
    /** The audit journal itself, downloaded as CSV by the DPO or the admin. */
    EXPORT_AUDIT(false),
    NOTE_ADDED(false),
    TAG_ADDED(false),
    TAG_REMOVED(false),
    MESSAGE_SENT(false),
    PLATFORM_IMPORT(false),
    IMPORT_PLATFORM_PDFS(false),
    PLATFORM_INVITATION_SENT(false),
    PLATFORM_INVITATION_USED(false),
    PLATFORM_OUTCOME(false),
    CONTINUATION(false),
    LOCAL_RECRUITMENT_SAVED(false),
    LOCAL_RECRUITMENT_CLOSED(false),
    /** A decision prepared or changed in draft (kind, motive); the detail says what it was and became. */
    DECISION_PREPARED(false),
    /** The decisions of a track published, or their publication scheduled or unscheduled. */
    DECISIONS_PUBLISHED(false),
    /** The detailed motives of a refusal sent to the candidate who asked for them. */
    MOTIVES_ANSWERED(false),
    /** A dossier moved on a ranking; the detail gives the positions and the reason's presence. */
    RANK_MOVED(false),
    /** A member of the teaching team added, changed (roles, themes) or removed. */
    TEAM_CHANGED(false),
    /** A setting changed: the detail names the setting (track dates, checklist, rubric, motives, appeal texts...). */
    SETTINGS_CHANGED(false),
    /** A candidate downloaded the archive of everything held about them. */
    DATA_DOWNLOAD(false),
    /** A candidate deleted their account (drafts deleted, the link to their kept dossiers forgotten). */
    ACCOUNT_DELETED(false);

    /** Whether the line is a staff member reading a dossier or one of its pieces: what the candidate is shown. */
    public final boolean consultation;

    AuditAction(boolean consultation) {
        this.consultation = consultation;
    }

    public static Optional<AuditAction> of(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }

    /** The kinds the candidate is shown: views and downloads of their dossier. */
    public static List<String> consultations() {
        return Arrays.stream(values()).filter(a -> a.consultation).map(Enum::name).toList();
    }
}
