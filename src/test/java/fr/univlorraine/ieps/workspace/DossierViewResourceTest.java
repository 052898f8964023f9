package fr.univlorraine.ieps.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.ranking.RankChange;
import fr.univlorraine.ieps.review.Recommendation;
import fr.univlorraine.ieps.review.Review;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.review.ReviewStatus;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff's page of one dossier: who may open it (a reviewer only their assigned dossier, on their own page), what
 * the secretariat and the heads read there, the audit of every opening, and a fixed number of queries.
 */
@QuarkusTest
class DossierViewResourceTest {

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    /** A dossier of M2 under review with two submitted reviews by named members, and one still to do. */
    private static Reviewed reviewed() {
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("ws"), Level.M2, true);
        String first = ReviewFixtures.unique("ws-a");
        String second = ReviewFixtures.unique("ws-b");
        String late = ReviewFixtures.unique("ws-c");
        ReviewFixtures.submitted(id, ReviewFixtures.member(first), Recommendation.ADMIT, "Projet solide, très bien argumenté.", 4);
        ReviewFixtures.submitted(id, ReviewFixtures.member(second), Recommendation.REJECT, "Parcours éloigné du master.", 1);
        ReviewFixtures.assign(id, ReviewFixtures.member(late));
        return new Reviewed(id, "Membre " + first, "Membre " + second, "Membre " + late);
    }

    private record Reviewed(Long id, String first, String second, String late) {
    }

    private static Application app(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id));
    }

    private static long audited(Long id, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "applicationId = ?1 and actorSubject = ?2 and action = 'VIEW_DOSSIER'", id, subject));
    }

    @Test
    @TestSecurity(user = "ws-candidate", roles = "candidate")
    void aCandidateCannotOpenTheStaffPage() {
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("ws-cand"), Level.M2, false);
        given().redirects().follow(false).get("/dossiers/" + id).then().statusCode(403);
        given().redirects().follow(false).get("/dossiers/" + id + "/seance").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ws-secretariat", roles = "secretariat")
    void theSecretariatReadsTheDossierButNotTheReviewsAndTheViewIsAudited() {
        Reviewed r = reviewed();
        Application app = app(r.id());
        long before = audited(r.id(), "ws-secretariat");
        String html = given().get("/dossiers/" + r.id()).then().statusCode(200)
                .body(containsString(app.reference), containsString(app.lastName), containsString(app.professionalProject),
                        containsString("Projet de recherche"), containsString("/dossiers/" + r.id() + "/pdf"),
                        containsString("/dossiers/" + r.id() + "/pieces/"), containsString("Historique"),
                        containsString("/secretariat/dossiers/" + r.id()))
                .body(not(containsString("Projet solide")), not(containsString(r.first())), not(containsString("Mode séance")))
                .extract().asString();
        assertEquals(before + 1, audited(r.id(), "ws-secretariat"));
        assertFalse(html.contains("NOT_FOUND"), html);
    }

    @Test
    @TestSecurity(user = "ws-head", roles = "head")
    void aHeadReadsEveryReviewWithItsLevelsCommentAndTheMovesOfTheDossier() {
        Reviewed r = reviewed();
        Track m2 = ReviewFixtures.track(Level.M2);
        QuarkusTransaction.requiringNew().run(() -> {
            var change = new RankChange();
            change.trackId = m2.id;
            change.applicationId = r.id();
            change.fromPosition = 7;
            change.toPosition = 3;
            change.reason = "Encadrement possible dans l’équipe vieillissement.";
            change.actorSubject = "ws-head";
            change.actorName = "Responsable Témoin";
            change.occurredAt = Instant.parse("2027-05-01T08:00:00Z");
            change.persist();
        });
        String html = given().get("/dossiers/" + r.id()).then().statusCode(200)
                .body(containsString("Évaluation de " + r.first()), containsString("Évaluation de " + r.second()),
                        containsString("Projet solide, très bien argumenté."), containsString("Parcours éloigné du master."),
                        containsString("20,00 / 20"), containsString("5,00 / 20"),   // every level 4, every level 1
                        containsString("4 / 4"), containsString("1 / 4"), containsString("Admettre"), containsString("Refuser"),
                        containsString(r.late()), containsString("Désaccord"),  // spread 15 is above the threshold
                        containsString("Encadrement possible dans l’équipe vieillissement."),
                        containsString("Responsable Témoin : du rang 7 au rang 3"), containsString("Mode séance"))
                .extract().asString();
        Screenshots.take("workspace-dossier", html, 3400);
        Screenshots.takePhone("workspace-dossier-phone", html, 2000);
        given().cookie("ieps-lang", "en").get("/dossiers/" + r.id()).then().statusCode(200)
                .body(containsString("Review by " + r.first()), containsString("Moves on the ranking"),
                        containsString("Committee mode"), containsString("from rank 7 to rank 3"));
    }

    @Test
    @TestSecurity(user = "ws-admin", roles = "admin")
    void anAdminReadsTheDossierWithItsReviews() {
        Reviewed r = reviewed();
        given().get("/dossiers/" + r.id()).then().statusCode(200).body(containsString("Projet solide"));
    }

    @Test
    @TestSecurity(user = "ws-head-reviewer", roles = {"head", "reviewer"})
    void aHeadWhoseOwnReviewIsStillDueDoesNotReadTheOthers() {
        Long own = ReviewFixtures.underReview(ReviewFixtures.unique("ws-own"), Level.M2, false);
        ReviewFixtures.submitted(own, ReviewFixtures.member(ReviewFixtures.unique("ws-x")), Recommendation.ADMIT,
                "Avis déjà rendu par un collègue.", 3);
        Long mine = memberFor("ws-head-reviewer");
        ReviewFixtures.assign(own, mine);
        given().get("/dossiers/" + own).then().statusCode(200)
                .body(containsString("lecture indépendante"), not(containsString("Avis déjà rendu par un collègue.")));
        // once theirs is submitted, they read every review
        QuarkusTransaction.requiringNew().run(() -> {
            Review review = Review.<Review>find("application.id = ?1 and member.id = ?2", own, mine).firstResult();
            review.status = ReviewStatus.SUBMITTED;
            review.score = new java.math.BigDecimal("11.00");
        });
        given().get("/dossiers/" + own).then().statusCode(200).body(containsString("Avis déjà rendu par un collègue."));
    }

    private static Long memberFor(String subject) {
        Long existing = QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.review.TeamMember.bySubject(subject)
                .map(m -> m.id).orElse(null));
        return existing != null ? existing : ReviewFixtures.member(subject);
    }

    @Test
    @TestSecurity(user = "ws-reviewer", roles = "reviewer")
    void aReviewerIsSentToTheirOwnPageOfAnAssignedDossierAndNeverReachesAnother() {
        Long member = memberFor("ws-reviewer");
        Long assigned = ReviewFixtures.underReview(ReviewFixtures.unique("ws-rv"), Level.M2, false);
        Long other = ReviewFixtures.underReview(ReviewFixtures.unique("ws-rv-other"), Level.M2, false);
        Long conflict = ReviewFixtures.underReview(ReviewFixtures.unique("ws-rv-conflict"), Level.M2, false);
        ReviewFixtures.assign(assigned, member);
        Long c = ReviewFixtures.assign(conflict, member);
        QuarkusTransaction.requiringNew().run(() -> Review.<Review>findById(c).status = ReviewStatus.CONFLICT);
        given().redirects().follow(false).get("/dossiers/" + assigned).then().statusCode(303)
                .header("Location", endsWith("/evaluation/dossiers/" + assigned));
        given().redirects().follow(false).get("/dossiers/" + other).then().statusCode(404)
                .body(not(containsString(app(other).lastName)));
        given().redirects().follow(false).get("/dossiers/" + conflict).then().statusCode(404);
        given().redirects().follow(false).get("/dossiers/" + assigned + "/seance").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ws-blind", roles = "reviewer")
    void inBlindReviewAReviewerNeverSeesTheName() {
        Long member = memberFor("ws-blind");
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("ws-blind"), Level.M2, false);
        ReviewFixtures.assign(id, member);
        Application app = app(id);
        ReviewFixtures.blind(true);
        try {
            String redirect = given().redirects().follow(false).get("/dossiers/" + id).then().statusCode(303).extract().asString();
            assertFalse(redirect.contains(app.lastName) || redirect.contains(app.firstName), redirect);
            given().get("/dossiers/" + id).then().statusCode(200)
                    .body(not(containsString(app.lastName)), not(containsString(app.firstName)), containsString(app.reference));
        } finally {
            ReviewFixtures.blind(false);
        }
    }

    @Test
    @TestSecurity(user = "ws-head-404", roles = "head")
    void anUnknownDossierOrADraftIsTheUsualNotFoundPage() {
        given().get("/dossiers/987654321").then().statusCode(404).contentType(containsString("text/html"));
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("ws-draft"), Level.M2, false);
        QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(id).status = ApplicationStatus.DRAFT);
        given().get("/dossiers/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "ws-head-lists", roles = "head")
    void theHeadsListsLinkToTheDossierPage() {
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("ws-links"), Level.M2, false);
        ReviewFixtures.submitted(id, ReviewFixtures.member(ReviewFixtures.unique("ws-l")), Recommendation.ADMIT, "ok", 2);
        String link = "href=\"/dossiers/" + id + "\"";
        given().get("/classement/M2").then().statusCode(200).body(containsString(link), containsString("/seance\">Mode séance"));
        given().get("/responsable/affectations/M2").then().statusCode(200).body(containsString(link));
        given().get("/responsable/decisions/M2").then().statusCode(200).body(containsString(link));
    }

    @Test
    @TestSecurity(user = "ws-secretariat-lists", roles = "secretariat")
    void theSecretariatsInboxLinksToTheDossierPage() {
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("ws-inbox"), Level.M2, false);
        given().get("/secretariat?etat=UNDER_REVIEW").then().statusCode(200)
                .body(containsString("href=\"/dossiers/" + id + "\""));
    }

    @Test
    @TestSecurity(user = "ws-secretariat-decision", roles = "secretariat")
    void theDecisionAndTheOfferShowWithTheirState() {
        Long admitted = ReviewFixtures.underReview(ReviewFixtures.unique("ws-dec"), Level.M2, false);
        Long drafted = ReviewFixtures.underReview(ReviewFixtures.unique("ws-draft-dec"), Level.M2, false);
        Instant at = Instant.parse("2027-06-10T08:00:00Z");
        var motive = fr.univlorraine.ieps.decision.DecisionFixtures.firstMotive();
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(admitted);
            app.status = ApplicationStatus.ADMITTED;
            var decision = new fr.univlorraine.ieps.decision.Decision();
            decision.application = app;
            decision.kind = fr.univlorraine.ieps.decision.DecisionKind.ADMIT;
            decision.preparedBy = "Responsable";
            decision.preparedAt = at;
            decision.publishedAt = at;
            decision.persist();
            var offer = new fr.univlorraine.ieps.decision.Offer();
            offer.application = app;
            offer.trackId = app.track.id;
            offer.offeredAt = at;
            offer.deadline = Instant.parse("2027-06-18T21:59:00Z");
            offer.persist();
            var draft = new fr.univlorraine.ieps.decision.Decision();
            draft.application = Application.findById(drafted);
            draft.kind = fr.univlorraine.ieps.decision.DecisionKind.REJECT;
            draft.motive = fr.univlorraine.ieps.decision.RefusalMotive.findById(motive.id);
            draft.motiveText = "Projet sans lien avec les politiques sociales.";
            draft.preparedBy = "Responsable Brouillon";
            draft.preparedAt = at;
            draft.persist();
        });
        given().get("/dossiers/" + admitted).then().statusCode(200)
                .body(containsString("Admission"), containsString("Publiée le 10 juin 2027"),
                        containsString("Réponse attendue avant le"), containsString("18 juin 2027 à 23:59"),
                        containsString("En attente de la réponse"));
        given().get("/dossiers/" + drafted).then().statusCode(200)
                .body(containsString("Refus"), containsString("Brouillon préparé par Responsable Brouillon"),
                        containsString(motive.labelFr.replace("'", "&#39;")), containsString("Projet sans lien avec les politiques sociales."));
    }

    /** The page is read in a fixed number of queries: more reviews, no more queries. */
    @Test
    @TestSecurity(user = "ws-head-queries", roles = "head")
    void theQueriesDoNotGrowWithTheReviews() {
        Long few = ReviewFixtures.underReview(ReviewFixtures.unique("ws-q1"), Level.M2, false);
        ReviewFixtures.submitted(few, ReviewFixtures.member(ReviewFixtures.unique("ws-q")), Recommendation.ADMIT, "a", 2);
        Long many = ReviewFixtures.underReview(ReviewFixtures.unique("ws-q2"), Level.M2, false);
        for (int i = 0; i < 5; i++) {
            ReviewFixtures.submitted(many, ReviewFixtures.member(ReviewFixtures.unique("ws-q")), Recommendation.ADMIT, "b", 3);
        }
        Statistics stats = sessionFactory.getStatistics();
        boolean wasEnabled = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            given().get("/dossiers/" + few).then().statusCode(200); // warm-up
            long one = statements(stats, few);
            long five = statements(stats, many);
            assertEquals(one, five, "statements for one review and for five");
            // the view's own (at most 14), the thread of messages, the notes and the labels, the invitation, the
            // badge, and the audit line: the chain's head locked and moved, the line and its address
            assertTrue(five <= 21, "statements for the page: " + five);
            stats.clear();
            given().get("/dossiers/" + many).then().statusCode(200);
            // the view, the notes, the thread, the badges and the rendering; then the audit line, committed on its own
            // (no fresh message of the candidate: nothing to mark read)
            assertEquals(2, stats.getSessionOpenCount(), "sessions opened for the page");
            assertEquals(2, stats.getTransactionCount(), "transactions for the page");
        } finally {
            stats.setStatisticsEnabled(wasEnabled);
        }
    }

    private static long statements(Statistics stats, Long id) {
        stats.clear();
        given().get("/dossiers/" + id).then().statusCode(200);
        return stats.getPrepareStatementCount();
    }
}
