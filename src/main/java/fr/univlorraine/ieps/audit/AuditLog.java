package fr.univlorraine.ieps.audit;

import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.stream.Collectors;

/** Writes who saw what: every staff view or download of a dossier or document (a rule of the privacy notice: candidates can ask who read their dossier). */
@ApplicationScoped
public class AuditLog {

    public static final String VIEW_DOSSIER = "VIEW_DOSSIER";
    public static final String VIEW_DOCUMENT = "VIEW_DOCUMENT";
    public static final String DOWNLOAD_DOCUMENT = "DOWNLOAD_DOCUMENT";
    public static final String DOWNLOAD_DOSSIER_PDF = "DOWNLOAD_DOSSIER_PDF";
    public static final String DOWNLOAD_ZIP = "DOWNLOAD_ZIP";
    /** A list of a track exported by the secretariat (file or API); the detail names the track, list and format. */
    public static final String EXPORT_LIST = "EXPORT_LIST";
    /** A private note of the staff added to a dossier; the detail never holds the note. */
    public static final String NOTE_ADDED = "NOTE_ADDED";
    /** A label put on a dossier, or taken off; the detail names the label. */
    public static final String TAG_ADDED = "TAG_ADDED";
    public static final String TAG_REMOVED = "TAG_REMOVED";
    /** A member of the staff wrote to the candidate of a dossier; the detail names the message, never what it says. */
    public static final String MESSAGE_SENT = "MESSAGE_SENT";
    /** A file of the national platform imported into a track; the detail gives counts, never a candidate's data. */
    public static final String PLATFORM_IMPORT = "PLATFORM_IMPORT";
    /** An M1 student listed for M2, taken off the list, or their continuation's state changed; the detail says which. */
    public static final String CONTINUATION = "CONTINUATION";
    /** A candidate downloaded the archive of their own data (privacy/MyDataResource); about no dossier. */
    public static final String DATA_DOWNLOAD = "DATA_DOWNLOAD";
    /** A candidate deleted their account; the detail gives counts (drafts deleted, dossiers kept), nothing else. */
    public static final String ACCOUNT_DELETED = "ACCOUNT_DELETED";

    @Inject
    CurrentUser user;

    @Inject
    AppClock clock;

    /** Committed on its own: the trace stays even if what follows fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String action, Long applicationId, Long documentId, String detail) {
        var event = new AuditEvent();
        event.occurredAt = clock.now();
        event.actorSubject = user.subject();
        event.actorName = user.displayName();
        event.actorRoles = Roles.STAFF.stream().filter(user::has).collect(Collectors.joining(","));
        event.action = action;
        event.applicationId = applicationId;
        event.documentId = documentId;
        event.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        event.persist();
    }
}
