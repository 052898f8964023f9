package fr.univlorraine.ieps.decision;

import static fr.univlorraine.ieps.decision.DecisionFixtures.application;
import static fr.univlorraine.ieps.decision.DecisionFixtures.campaign;
import static fr.univlorraine.ieps.decision.DecisionFixtures.retire;
import static fr.univlorraine.ieps.decision.DecisionFixtures.status;
import static fr.univlorraine.ieps.decision.DecisionFixtures.track;
import static fr.univlorraine.ieps.decision.DecisionFixtures.underReview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.StaffDigestJob;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.notification.ApplicationMail.Kind;
import fr.univlorraine.ieps.notification.MailOutbox;
import fr.univlorraine.ieps.notification.OutboxMail;
import fr.univlorraine.ieps.notification.StaffContact;
import fr.univlorraine.ieps.notification.StaffMails;
import fr.univlorraine.ieps.review.AssignmentService;
import fr.univlorraine.ieps.review.ReviewFixtures;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mails to staff: each one written once, in the transaction of its cause, in the person's language — the reviewer on
 * an assignment, the heads on a motive request (with its due day) and on a decline or a withdrawal after an offer, the
 * secretariat on a resubmission — and, for a person who chose it, one daily digest instead, written once a day.
 */
@QuarkusTest
class StaffMailsTest {

    static final ActorRef HEAD = new ActorRef("head-staff-mails", "Responsable Test", Actor.HEAD);

    @Inject
    DecisionService decisions;

    @Inject
    DecisionPublication publication;

    @Inject
    OfferService offers;

    @Inject
    MotiveRequestService motiveRequests;

    @Inject
    AssignmentService assignments;

    @Inject
    ApplicationService applications;

    @Inject
    StaffMails staff;

    @Inject
    StaffDigestJob digests;

    @Inject
    MailOutbox outbox;

    @Inject
    MockMailbox mailbox;

    MutableClock clock;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        clock = DecisionFixtures.clock();
        outbox.sendDue();
        mailbox.clear();
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    /** A head (or secretary) known from their login, with an address of their own and these choices. */
    String person(String prefix, boolean head, boolean secretariat, StaffContact.Rhythm rhythm, String lang) {
        String subject = ReviewFixtures.unique(prefix);
        String email = subject + "@univ.example";
        staff.seen(subject, email, "Personne " + prefix, head, secretariat, false);
        staff.choose(subject, rhythm, lang);
        return email;
    }

    static List<OutboxMail> mailsTo(String email) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail>list("recipient = ?1 order by id", email));
    }

    static long mailsTo(String email, Kind kind) {
        return mailsTo(email).stream().filter(m -> m.kind == kind).count();
    }

    /** The mail as it left: its subject and text, once the outbox has sent it. */
    Mail sent(String email) {
        outbox.sendDue();
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size(), "one mail to " + email);
        return mails.get(0);
    }

    /** A published track of 1 place and no waiting list: the first dossier is offered the place, the others refused. */
    List<Long> published(int dossiers, int waitlist) {
        campaign = campaign(1, waitlist);
        Track track = track(campaign, Level.M1);
        List<Long> ids = underReview(track, "staffmail" + campaign.startYear, dossiers);
        OfferServiceTest.saveProposal(decisions, track, HEAD);
        publication.publish(track.id, HEAD);
        return ids;
    }

    ActorRef candidate(Long id) {
        return new ActorRef(application(id).candidateSubject, "Candidat", Actor.CANDIDATE);
    }

    @Test
    void theReviewerIsToldOnceOfAnAssignmentInTheirLanguage() {
        campaign = campaign(2, 0);
        Track track = track(campaign, Level.M2);
        Long dossier = underReview(track, "assigned" + campaign.startYear, 1).get(0);
        String subject = ReviewFixtures.unique("reviewer-mail");
        Long member = ReviewFixtures.member(subject);
        String email = subject + "@univ.example";
        staff.seen(subject, email, "Relectrice", false, false, true);
        staff.choose(subject, StaffContact.Rhythm.IMMEDIATE, "en");

        assignments.assign(track.id, dossier, member, HEAD);

        assertEquals(1, mailsTo(email, Kind.STAFF_ASSIGNED));
        String reference = application(dossier).reference;
        Mail mail = sent(email);
        assertEquals("A dossier is assigned to you: " + reference, mail.getSubject());
        assertTrue(mail.getText().contains("/evaluation/dossiers/" + dossier), mail.getText());
    }

    @Test
    void theHeadsAreToldOfAMotiveRequestWithTheDayTheAnswerIsDue() {
        String head = person("head-motives", true, false, StaffContact.Rhythm.IMMEDIATE, "fr");
        List<Long> ids = published(2, 0);
        Long refused = ids.get(1);
        assertEquals(ApplicationStatus.REJECTED, status(refused));

        MotiveRequest request = motiveRequests.request(refused, application(refused).candidateSubject);

        assertEquals(1, mailsTo(head, Kind.STAFF_MOTIVES_REQUESTED));
        LocalDate due = LocalDate.ofInstant(clock.now(), AppClock.PARIS).plusMonths(1);
        assertEquals(due, request.dueOn);
        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(due);
        Mail mail = sent(head);
        assertTrue(mail.getSubject().startsWith("Demande de motifs détaillés"), mail.getSubject());
        assertTrue(mail.getText().contains("au plus tard le " + day), mail.getText());
        assertTrue(mail.getText().contains("/motifs"), mail.getText());
    }

    @Test
    void theHeadsAreToldOfADeclineAndOfAWithdrawalAfterAnOfferButNotOfOtherWithdrawals() {
        String head = person("head-offers", true, false, StaffContact.Rhythm.IMMEDIATE, "en");
        List<Long> ids = published(3, 2);
        assertEquals(ApplicationStatus.ADMITTED, status(ids.get(0)));

        offers.decline(ids.get(0), candidate(ids.get(0)), "Autre formation");
        assertEquals(1, mailsTo(head, Kind.STAFF_OFFER_DECLINED));
        // the place went to the next one, who withdraws while it is offered
        assertEquals(ApplicationStatus.ADMITTED, status(ids.get(1)));
        offers.withdraw(ids.get(1), candidate(ids.get(1)), null);
        assertEquals(1, mailsTo(head, Kind.STAFF_OFFER_WITHDRAWN));
        // a withdrawal from the waiting list frees no offered place: no mail to the heads
        assertEquals(ApplicationStatus.ADMITTED, status(ids.get(2)));
        Long waiting = underReview(track(campaign, Level.M2), "notoffered" + campaign.startYear, 1).get(0);
        offers.withdraw(waiting, candidate(waiting), null);
        assertEquals(1, mailsTo(head, Kind.STAFF_OFFER_WITHDRAWN));

        outbox.sendDue();
        List<String> subjects = mailbox.getMailsSentTo(head).stream().map(Mail::getSubject).toList();
        assertEquals(List.of("Place declined: " + application(ids.get(0)).reference,
                "Application withdrawn after an offer: " + application(ids.get(1)).reference), subjects);
    }

    @Test
    void theSecretariatIsToldOfAResubmission() {
        String secretary = person("secretary", false, true, StaffContact.Rhythm.IMMEDIATE, "fr");
        campaign = campaign(2, 0);
        Long id = underReview(track(campaign, Level.M1), "resubmit" + campaign.startYear, 1).get(0);
        QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(id).status = ApplicationStatus.INCOMPLETE);

        QuarkusTransaction.requiringNew().run(() -> applications.transition(Application.findById(id), Transition.RESUBMIT,
                candidate(id), null));

        assertEquals(1, mailsTo(secretary, Kind.STAFF_RESUBMITTED));
        Mail mail = sent(secretary);
        assertEquals("Dossier complété et redéposé : " + application(id).reference, mail.getSubject());
        assertTrue(mail.getText().contains("/secretariat/dossiers/" + id), mail.getText());
    }

    @Test
    void aPersonWhoChoseTheDigestGetsOneMailADayListingTheItemsWhateverTheRuns() {
        String head = person("head-digest", true, false, StaffContact.Rhythm.DAILY, "en");
        List<Long> ids = published(3, 2);
        offers.decline(ids.get(0), candidate(ids.get(0)), null);
        offers.withdraw(ids.get(1), candidate(ids.get(1)), null);
        assertTrue(mailsTo(head).isEmpty(), "nothing at once");

        digests.run();
        digests.run();
        List<OutboxMail> written = mailsTo(head);
        assertEquals(1, written.size(), "one digest, whatever the runs");
        assertEquals(Kind.STAFF_DIGEST, written.get(0).kind);
        Mail mail = sent(head);
        assertTrue(mail.getSubject().startsWith("Master IEPS: your summary of"), mail.getSubject());
        String text = mail.getText();
        assertTrue(text.contains("2 events since your last summary"), text);
        assertTrue(text.contains(application(ids.get(0)).reference + " (M1): place declined by the candidate"), text);
        assertTrue(text.contains(application(ids.get(1)).reference + " (M1): application withdrawn after an offer"), text);

        // later the same day: kept for tomorrow's digest
        offers.decline(ids.get(2), candidate(ids.get(2)), null);
        digests.run();
        assertEquals(1, mailsTo(head).size());
        clock.advance(Duration.ofDays(1));
        digests.run();
        digests.run();
        List<OutboxMail> now = mailsTo(head);
        assertEquals(2, now.size());
        assertTrue(now.get(1).pieces.contains(application(ids.get(2)).reference), now.get(1).pieces);
        assertTrue(!now.get(1).pieces.contains(application(ids.get(0)).reference), "an item is carried once");
    }
}
