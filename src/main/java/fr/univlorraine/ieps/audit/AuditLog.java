package fr.univlorraine.ieps.audit;

import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes who did what: every staff view or download of a dossier or document, every export, every change of a
 * decision, a rank, the team or a setting (a rule of the privacy notice: candidates can ask who read their dossier,
 * and the DPO reads it all). Each line goes at the end of the hash chain ({@link AuditChain}); where it came from (the
 * client's address as Vert.x gives it, behind a proxy only if {@code quarkus.http.proxy.*} trusts it) is kept apart.
 * There is no other way to write a line, and none to change or delete one.
 */
@ApplicationScoped
public class AuditLog {

    public static final String VIEW_DOSSIER = AuditAction.VIEW_DOSSIER.name();
    public static final String VIEW_DOCUMENT = AuditAction.VIEW_DOCUMENT.name();
    public static final String DOWNLOAD_DOCUMENT = AuditAction.DOWNLOAD_DOCUMENT.name();
    public static final String DOWNLOAD_DOSSIER_PDF = AuditAction.DOWNLOAD_DOSSIER_PDF.name();
    public static final String DOWNLOAD_ZIP = AuditAction.DOWNLOAD_ZIP.name();
    /** A list of a track exported by the secretariat (file or API); the detail names the track, list and format. */
    public static final String EXPORT_LIST = AuditAction.EXPORT_LIST.name();
    /** A private note of the staff added to a dossier; the detail never holds the note. */
    public static final String NOTE_ADDED = AuditAction.NOTE_ADDED.name();
    /** A label put on a dossier, or taken off; the detail names the label. */
    public static final String TAG_ADDED = AuditAction.TAG_ADDED.name();
    public static final String TAG_REMOVED = AuditAction.TAG_REMOVED.name();
    /** A member of the staff wrote to the candidate of a dossier; the detail names the message, never what it says. */
    public static final String MESSAGE_SENT = AuditAction.MESSAGE_SENT.name();
    /** A file of the national platform imported into a track; the detail gives counts, never a candidate's data. */
    public static final String PLATFORM_IMPORT = AuditAction.PLATFORM_IMPORT.name();
    /** An M1 student listed for M2, taken off the list, or their continuation's state changed; the detail says which. */
    public static final String CONTINUATION = AuditAction.CONTINUATION.name();
    /** The minutes of a committee downloaded; the detail names the file. */
    public static final String DOWNLOAD_MINUTES = AuditAction.DOWNLOAD_MINUTES.name();
    /** A decision prepared or changed in draft; the detail says from what to what (kind, motive), never free text. */
    public static final String DECISION_PREPARED = AuditAction.DECISION_PREPARED.name();
    /** A track's decisions published, or their publication scheduled or unscheduled; the detail says which. */
    public static final String DECISIONS_PUBLISHED = AuditAction.DECISIONS_PUBLISHED.name();
    /** A dossier moved on a ranking; the detail gives the positions. */
    public static final String RANK_MOVED = AuditAction.RANK_MOVED.name();
    /** A member of the teaching team added, changed or removed; the detail names the member and what changed. */
    public static final String TEAM_CHANGED = AuditAction.TEAM_CHANGED.name();
    /** A setting changed; the detail names the setting first ("checklist M2", "retention 2027-2028"...). */
    public static final String SETTINGS_CHANGED = AuditAction.SETTINGS_CHANGED.name();
    /** A candidate downloaded the archive of their own data (privacy/MyDataResource); about no dossier. */
    public static final String DATA_DOWNLOAD = AuditAction.DATA_DOWNLOAD.name();
    /** A candidate deleted their account; the detail gives counts (drafts deleted, dossiers kept), nothing else. */
    public static final String ACCOUNT_DELETED = AuditAction.ACCOUNT_DELETED.name();

    @Inject
    CurrentUser user;

    @Inject
    AppClock clock;

    @Inject
    AuditWriter writer;

    /**
     * Committed on its own, before this returns: the trace stays even if what follows fails, and it is there before
     * what it traces is shown. Lines of requests at the same moment are committed together ({@link AuditWriter}).
     * {@code action} is the name of an {@link AuditAction}; another name is a mistake of the caller.
     */
    public void record(String action, Long applicationId, Long documentId, String detail) {
        if (AuditAction.of(action).isEmpty()) {
            throw new IllegalArgumentException("not an audit action: " + action);
        }
        // the database keeps microseconds at most: the hash is of what it keeps
        Instant at = clock.now().truncatedTo(ChronoUnit.MILLIS);
        String subject = cut(user.subject(), 255);
        String name = cut(user.displayName(), 255);
        String roles = Stream.concat(Roles.STAFF.stream(), Stream.of(Roles.DPO)).filter(user::has)
                .collect(Collectors.joining(","));
        if (roles.isEmpty() && user.has(Roles.CANDIDATE)) {
            // a candidate's own acts on their data (download, account deletion)
            roles = Roles.CANDIDATE;
        }
        String actorRoles = roles;
        String shortDetail = cut(detail, 500);
        writer.write(() -> {
            var event = new AuditEvent();
            event.occurredAt = at;
            event.actorSubject = subject;
            event.actorName = name;
            event.actorRoles = actorRoles;
            event.action = action;
            event.applicationId = applicationId;
            event.documentId = documentId;
            event.detail = shortDetail;
            return event;
        }, clientAddress());
    }

    /** The same, by kind. */
    public void record(AuditAction action, Long applicationId, Long documentId, String detail) {
        record(action.name(), applicationId, documentId, detail);
    }

    /** The client's address of the current request, if there is one (a job has none). */
    private static String clientAddress() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        var request = Arc.container().instance(CurrentVertxRequest.class).get();
        if (request == null || request.getCurrent() == null || request.getCurrent().request().remoteAddress() == null) {
            return null;
        }
        return cut(request.getCurrent().request().remoteAddress().hostAddress(), 45);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
