package fr.univlorraine.ieps.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.CandidateMails;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.messaging.MessageForm;
import fr.univlorraine.ieps.messaging.MessagingService;
import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.notification.OutboxMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A dossier imported from the platform gets no mail from here until its candidate took up the head's invitation. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformMailGuardTest {

    private static final ActorRef HEAD = new ActorRef("head-guard", null, Actor.HEAD);

    private Campaign campaign;
    private Track track;

    @Inject
    CandidateMails mails;

    @Inject
    MessagingService messaging;

    @Inject
    InvitationService invitations;

    @BeforeAll
    void platformTrack() {
        DecisionFixtures.clock();
        campaign = DecisionFixtures.campaign(19, 10);
        track = DecisionFixtures.track(campaign, Level.M1);
        PlatformFixtures.onPlatform(track);
    }

    @AfterAll
    void retire() {
        DecisionFixtures.retire(campaign);
    }

    @Test
    void noMailOfAnyKindIsOwedToAPlatformDossierWhoseCandidateWasNotInvited() {
        Long id = PlatformFixtures.submitted(track, 1).get(0).id();
        oweEveryCandidateMail(id);
        assertEquals(0, mailsOf(id));
    }

    @Test
    void aStaffMessageToAPlatformDossierMailsNoOne() {
        Long id = PlatformFixtures.submitted(track, 1).get(0).id();
        var outcome = messaging.sendToOne(id, new MessageForm("Bonjour, votre dossier est bien reçu."), HEAD);
        assertEquals(1, outcome.sent().size(), "the message is written in the thread");
        assertEquals(0, mailsOf(id));
    }

    @Test
    void anInvitedCandidateGetsTheInvitationAloneUntilTheyTakeTheDossierUpThenTheUsualMails() {
        Long id = PlatformFixtures.submitted(track, 1).get(0).id();
        String token = invitations.invite(id, HEAD);
        oweEveryCandidateMail(id);
        assertEquals(1, mailsOf(id), "the invitation only");

        invitations.take(token, "cand-guard-" + id);
        oweEveryCandidateMail(id);
        assertEquals(1 + candidateKinds().size(), mailsOf(id));
    }

    @Test
    void aDossierMadeHereGetsItsMails() {
        Long id = PlatformFixtures.submitted(track, 1).get(0).id();
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            app.origin = fr.univlorraine.ieps.application.ApplicationOrigin.HERE;
            app.platformNumber = null;
            app.candidateSubject = "cand-guard-here-" + id;
        });
        oweEveryCandidateMail(id);
        assertEquals(candidateKinds().size(), mailsOf(id));
    }

    @Test
    void onlyCandidateMailsAndTheInvitationWriteACandidatesMail() {
        var classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("fr.univlorraine.ieps");
        DescribedPredicate<JavaCall<?>> makesAMail = DescribedPredicate.describe("makes an ApplicationMail",
                call -> call.getTargetOwner().isEquivalentTo(ApplicationMail.class));
        noClasses().that().resideOutsideOfPackage("fr.univlorraine.ieps.notification..")
                .and(DescribedPredicate.describe("are not CandidateMails or InvitationService",
                        (JavaClass c) -> !c.isEquivalentTo(CandidateMails.class) && !c.isEquivalentTo(InvitationService.class)))
                .should().callConstructorWhere(makesAMail.forSubtype())
                .because("CandidateMails.mayMail is the one guard of the mails to candidates")
                .check(classes);
    }

    private void oweEveryCandidateMail(Long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            for (ApplicationMail.Kind kind : candidateKinds()) {
                mails.owe(kind, app);
            }
        });
    }

    /** Every kind of mail to a candidate about their dossier, the invitation aside. */
    private static List<ApplicationMail.Kind> candidateKinds() {
        return Arrays.stream(ApplicationMail.Kind.values())
                .filter(k -> !k.isStaff() && k != ApplicationMail.Kind.INVITATION).toList();
    }

    private static long mailsOf(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("applicationId", id));
    }
}
