package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.Decision;
import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.decision.RefusalMotive;
import fr.univlorraine.ieps.documents.ApplicationDocument;
import fr.univlorraine.ieps.documents.DocumentStatus;
import fr.univlorraine.ieps.documents.DocumentType;
import fr.univlorraine.ieps.review.ReviewFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Dossiers for the search and notes tests, written straight into the database in the status asked (the search reads
 * data; the state machine has its own tests). Every name carries a word unique to the test, since all test classes
 * share one database.
 */
final class WorkspaceFixtures {

    static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");

    private WorkspaceFixtures() {
    }

    /** A word of letters and digits no other test uses, to put in names. */
    static String word() {
        return TestIds.unique("w").toLowerCase();
    }

    /** A dossier of the demo campaign's track; a draft has no reference, as the app gives one at submission. */
    static Long dossier(Level level, ApplicationStatus status, EntryRoute route, String lastName, String firstName,
            String email) {
        return dossier(null, level, status, route, lastName, firstName, email);
    }

    /** The same, owned by the candidate {@code subject} (a made-up one when null). */
    static Long dossier(String subject, Level level, ApplicationStatus status, EntryRoute route, String lastName,
            String firstName, String email) {
        Track track = currentTrack(level);
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = new Application();
            a.track = Track.findById(track.id);
            a.candidateSubject = subject == null ? TestIds.unique("ws-candidate-") : subject;
            a.status = status;
            a.liveTrackId = status.isLive() ? track.id : null;
            a.entryRoute = route;
            a.lastName = lastName;
            a.firstName = firstName;
            a.email = email;
            a.reference = status == ApplicationStatus.DRAFT ? null
                    : "W-%s-%s-%s".formatted(level, TestIds.digits(6), TestIds.digits(4));
            a.createdAt = AT;
            a.updatedAt = AT;
            a.submittedAt = status == ApplicationStatus.DRAFT ? null : AT.plus(Duration.ofDays(1));
            a.persist();
            return a.id;
        });
    }

    /** The track of this level of the current (latest) campaign, the demo campaign created if there is none. */
    static Track currentTrack(Level level) {
        ReviewFixtures.track(level);
        return QuarkusTransaction.requiringNew().call(() -> Track.<Track>find("from Track t join fetch t.campaign c"
                + " where t.level = ?1 order by c.startYear desc", level).firstResult());
    }

    static Long dossier(Level level, ApplicationStatus status, String lastName) {
        return dossier(level, status, EntryRoute.INITIALE, lastName, "Camille", TestIds.unique("c") + "@example.fr");
    }

    static String reference(Long id) {
        return application(id).reference;
    }

    static Application application(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id));
    }

    /** A piece of the dossier in this state, of the n-th document type of the checklist. */
    static void piece(Long applicationId, int type, DocumentStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<DocumentType> types = DocumentType.ordered();
            var d = new ApplicationDocument();
            d.application = Application.findById(applicationId);
            d.type = types.get(type);
            d.status = status;
            d.uploadedAt = AT;
            d.uploadedBy = "test";
            d.persist();
        });
    }

    /** The heads' decision on the dossier, prepared, and published when asked. */
    static void decision(Long applicationId, DecisionKind kind, boolean published) {
        QuarkusTransaction.requiringNew().run(() -> {
            var d = new Decision();
            d.application = Application.findById(applicationId);
            d.kind = kind;
            d.preparedBy = "Responsable";
            d.preparedAt = AT;
            d.publishedAt = published ? AT : null;
            if (kind == DecisionKind.REJECT) {
                d.motive = RefusalMotive.offered().get(0);
            }
            d.persist();
        });
    }

    /** A private note on the dossier, as the staff wrote it. */
    static void note(Long applicationId, String body) {
        QuarkusTransaction.requiringNew().run(() -> {
            var n = new StaffNote();
            n.application = Application.findById(applicationId);
            n.authorSubject = "test-head";
            n.authorName = "Responsable Test";
            n.createdAt = AT;
            n.body = body;
            n.persist();
        });
    }

    /** A label on the dossier, as the staff put it. */
    static void tag(Long applicationId, String label) {
        QuarkusTransaction.requiringNew().run(() -> {
            var t = new DossierTag();
            t.application = Application.findById(applicationId);
            t.label = label;
            t.addedBy = "test";
            t.addedAt = AT;
            t.persist();
        });
    }
}
