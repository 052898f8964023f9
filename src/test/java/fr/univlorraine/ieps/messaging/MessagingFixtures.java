package fr.univlorraine.ieps.messaging;

import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.notification.OutboxMail;
import fr.univlorraine.ieps.review.ReviewFixtures;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

/**
 * Dossiers to write to, written directly on the demo campaign's M1 track (not live, so that a test candidate may
 * hold several), and messages sent as the service sends them. Every name is unique: the tests share one database.
 */
final class MessagingFixtures {

    static final ActorRef STAFF = new ActorRef("staff-messages", "Claire Secrétariat", Actor.SECRETARIAT);

    private MessagingFixtures() {
    }

    static MutableClock clock() {
        return ReviewFixtures.openCampaign();
    }

    static String unique(String prefix) {
        return TestIds.unique(prefix + "-");
    }

    /** A dossier of this candidate in this status, in French; its reference and names are unique. */
    static Long dossier(String subject, ApplicationStatus status) {
        return dossier(subject, status, "fr");
    }

    static Long dossier(String subject, ApplicationStatus status, String lang) {
        Track track = ReviewFixtures.track(Level.M1);
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = new Application();
            a.track = Track.findById(track.id);
            a.candidateSubject = subject;
            a.status = status;
            a.entryRoute = EntryRoute.INITIALE;
            a.lang = lang;
            a.firstName = "Élise";
            a.lastName = "Nom" + TestIds.digits(6);
            a.email = subject + "@example.fr";
            a.reference = status == ApplicationStatus.DRAFT ? null : "MSG-" + TestIds.digits(8);
            a.createdAt = track.opensAt;
            a.updatedAt = a.createdAt;
            a.submittedAt = status == ApplicationStatus.DRAFT ? null : a.createdAt;
            a.persist();
            return a.id;
        });
    }

    static Application application(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id));
    }

    static MessagingService service() {
        return Arc.container().instance(MessagingService.class).get();
    }

    /** A message of the staff to this dossier, as the dossier's page sends it. */
    static DossierMessage fromStaff(Long applicationId, String body) {
        return service().sendToOne(applicationId, new MessageForm(body), STAFF).sent().get(0);
    }

    /** A message of the dossier's candidate, as their page sends it. */
    static DossierMessage fromCandidate(Long applicationId, String body) {
        String subject = application(applicationId).candidateSubject;
        return service().reply(applicationId, new ActorRef(subject, "Élise", Actor.CANDIDATE), new MessageForm(body))
                .sent().get(0);
    }

    static List<DossierMessage> thread(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> DossierMessage.thread(applicationId));
    }

    static DossierMessage message(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> DossierMessage.<DossierMessage>findById(id));
    }

    static List<OutboxMail> mails(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>list(
                "applicationId = ?1 and kind = ?2 order by id", applicationId,
                fr.univlorraine.ieps.notification.ApplicationMail.Kind.MESSAGE_WAITING));
    }
}
