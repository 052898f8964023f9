package fr.univlorraine.ieps.decision;

import static fr.univlorraine.ieps.application.ApplicationStatus.*;
import static fr.univlorraine.ieps.decision.DecisionFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionService.Choice;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.notification.OutboxMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dossiers imported from the national platform are ranked on the board with the others, but decided on the platform:
 * the publication, the offers, the waiting list and the decision mails of this app leave them alone.
 */
@QuarkusTest
class PlatformDossiersTest {

    static final ActorRef HEAD = new ActorRef("head-platform-rules", "Responsable Plateforme", Actor.HEAD);

    @Inject
    DecisionService decisions;

    @Inject
    DecisionPublication publication;

    @Inject
    OfferService offers;

    Campaign campaign;
    Track track;
    /** Board order: two platform dossiers first, then four applied here. */
    List<Long> platform;
    List<Long> local;

    @BeforeEach
    void setUp() {
        clock();
        campaign = campaign(3, 2);
        track = track(campaign, Level.M1);
        platform = underReview(track, "platrule" + campaign.startYear + "-p", 2);
        local = underReview(track, "platrule" + campaign.startYear + "-l", 4);
        QuarkusTransaction.requiringNew().run(() -> {
            int n = 0;
            for (Long id : platform) {
                Application a = Application.findById(id);
                a.origin = ApplicationOrigin.PLATFORM;
                a.candidateSubject = null;
                a.platformNumber = "MM" + campaign.startYear + "-" + n++;
            }
        });
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    /** The proposal of the page for these dossiers only: admit, waitlist or refuse in board order. */
    List<Choice> proposal(List<Long> only) {
        Long motive = firstMotive().id;
        List<Choice> choices = new ArrayList<>();
        for (var row : decisions.prepare(track, false).rows()) {
            if (only.contains(row.board().applicationId())) {
                DecisionKind kind = row.chosen();
                choices.add(new Choice(row.board().applicationId(), kind, kind == DecisionKind.REJECT ? motive : null,
                        null, row.version()));
            }
        }
        return choices;
    }

    List<Long> all() {
        List<Long> all = new ArrayList<>(platform);
        all.addAll(local);
        return all;
    }

    long mailsTo(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("applicationId", applicationId));
    }

    @Test
    void publicationLeavesPlatformDossiersUnderReviewWithTheirDraftUnpublishedAndUnmailed() {
        List<Choice> choices = proposal(all());
        assertEquals(DecisionKind.ADMIT, choices.get(0).kind(), "the platform dossiers rank first and are proposed an admission");
        assertTrue(decisions.save(track, choices, HEAD).isEmpty());

        var published = publication.publish(track.id, HEAD, true);

        // the three places go to the first three local dossiers, proposed an admission among the local ones
        assertEquals(3, published.admitted());
        assertEquals(0, published.promoted());
        assertEquals(List.of(ADMITTED, ADMITTED, ADMITTED, WAITLISTED), local.stream().map(DecisionFixtures::status).toList(),
                "the dossiers applied here are proposed among themselves: the platform's rank first but take no place");
        for (Long id : platform) {
            assertEquals(UNDER_REVIEW, status(id), "decided on the platform, not here");
            assertNull(offer(id), "no offer made from here");
            assertEquals(0, mailsTo(id), "no decision mail from here");
            Decision draft = QuarkusTransaction.requiringNew().call(() -> Decision.of(id).orElseThrow());
            assertFalse(draft.isPublished(), "the proposal for the platform stays a draft");
            assertEquals(DecisionKind.ADMIT, draft.kind);
        }
        for (Long id : local) {
            assertTrue(mailsTo(id) > 0);
        }
    }

    @Test
    void platformDossiersNeedNoDraftAndRaiseNoWarningToPublishTheLocalDecisions() {
        assertTrue(decisions.save(track, proposal(local), HEAD).isEmpty());
        // no dossier has a review: only the four local ones are missing readings for this publication
        assertEquals(4, publication.warnings(track).dossiersMissingReviews());

        var published = publication.publish(track.id, HEAD, true);

        assertEquals(4, published.admitted() + published.waitlisted() + published.rejected());
        assertEquals(List.of(UNDER_REVIEW, UNDER_REVIEW), platform.stream().map(DecisionFixtures::status).toList());
    }

    @Test
    void admissionsProposedToThePlatformDoNotTakeThePlacesOfLocalDossiers() {
        List<Choice> choices = new ArrayList<>();
        Long motive = firstMotive().id;
        for (Choice c : proposal(all())) {
            // the two platform dossiers and the first three local ones all admitted: five admissions for three places
            int index = all().indexOf(c.applicationId());
            DecisionKind kind = index < 5 ? DecisionKind.ADMIT : DecisionKind.REJECT;
            choices.add(new Choice(c.applicationId(), kind, kind == DecisionKind.REJECT ? motive : null, null, c.version()));
        }
        assertTrue(decisions.save(track, choices, HEAD).isEmpty());
        assertEquals(3, publication.publish(track.id, HEAD, true).admitted());
    }

    @Test
    void aFreedPlaceGoesToTheNextLocalCandidateNeverToAPlatformDossier() {
        // a platform dossier somehow on the published waiting list, ahead of a local one
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 2; i++) {
                Application a = Application.findById(i == 0 ? platform.get(0) : local.get(0));
                a.status = WAITLISTED;
                Decision d = new Decision();
                d.application = a;
                d.kind = DecisionKind.WAITLIST;
                d.waitlistRank = i + 1;
                d.preparedBy = HEAD.name();
                d.preparedAt = START;
                d.publishedAt = START;
                d.persist();
            }
        });

        int made = QuarkusTransaction.requiringNew().call(() -> offers.fillFreePlaces(Track.lock(track.id), null));

        assertEquals(1, made);
        assertEquals(WAITLISTED, status(platform.get(0)));
        assertNull(offer(platform.get(0)));
        assertEquals(ADMITTED, status(local.get(0)));
        assertEquals(0, mailsTo(platform.get(0)));
    }

    @Test
    void noOfferIsEverMadeToAPlatformDossier() {
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> offers.offer(
                Track.lock(track.id), Application.findById(platform.get(0)), Transition.ADMIT, HEAD, null)));
        assertEquals(UNDER_REVIEW, status(platform.get(0)));
        assertNull(offer(platform.get(0)));
    }
}
