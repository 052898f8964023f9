package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.documents.DocumentService;
import fr.univlorraine.ieps.documents.DocumentUploads;
import fr.univlorraine.ieps.documents.Fixtures;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Review test data: dossiers under review (with their documents when asked), team members linked to
 * test logins, assignments and submitted reviews. Every name is unique, since the tests share one database.
 */
public final class ReviewFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ReviewFixtures() {
    }

    /** The demo campaign (created on first use) with a clock a day after its opening. */
    public static MutableClock openCampaign() {
        Track m1 = track(Level.M1);
        MutableClock clock = new MutableClock(m1.opensAt.plus(Duration.ofDays(1)));
        QuarkusMock.installMockForType(clock, AppClock.class);
        return clock;
    }

    public static Track track(Level level) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Campaign.count() == 0) {
                Arc.container().instance(DemoData.class).get().createDemoCampaign();
            }
            return Track.<Track>find("from Track t join fetch t.campaign where t.level = ?1 order by t.id", level).firstResult();
        });
    }

    public static String unique(String prefix) {
        return TestIds.unique(prefix + "-") + "-" + SEQUENCE.incrementAndGet();
    }

    /** A dossier of the track moved straight to UNDER_REVIEW, with identity, projects and themes. */
    public static Long underReview(String subject, Level level, boolean withDocuments, ResearchTheme... themes) {
        Track track = track(level);
        ApplicationService applications = Arc.container().instance(ApplicationService.class).get();
        Long id = applications.create(new ActorRef(subject, subject, Actor.CANDIDATE), subject + "@example.fr", track.id,
                EntryRoute.INITIALE, false, "fr").id;
        if (withDocuments) {
            attachDocuments(id, subject);
        }
        int n = SEQUENCE.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            app.firstName = "Prénom" + n;
            app.lastName = "Nomdefamille" + n;
            app.birthDate = LocalDate.of(1999, 5, 17);
            app.nationality = "Nationalitéx" + n;
            app.professionalProject = "Projet professionnel " + n;
            app.researchProject = "Projet de recherche " + n;
            app.themes = themes.length == 0 ? EnumSet.noneOf(ResearchTheme.class) : EnumSet.of(themes[0], themes);
            // short like a real reference (IEPS-2027-M1-0042), so that it fits its column in PDFs on one line
            app.reference = "T-" + level + "-" + n + "-" + Math.floorMod(subject.hashCode(), 1000);
            app.status = ApplicationStatus.UNDER_REVIEW;
        });
        return id;
    }

    private static void attachDocuments(Long id, String subject) {
        DocumentService documents = Arc.container().instance(DocumentService.class).get();
        DocumentUploads uploads = Arc.container().instance(DocumentUploads.class).get();
        try {
            Path pdf = Files.write(Files.createTempFile("review", ".pdf"), Fixtures.pdf(1));
            for (var line : QuarkusTransaction.requiringNew().call(() -> documents.checklist(Application.findById(id)))) {
                if (line.required()) {
                    uploads.upload(id, subject, line.type().code, pdf, line.type().code.toLowerCase() + ".pdf");
                }
            }
            Files.deleteIfExists(pdf);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A team member already linked to the test login {@code subject}. */
    public static Long member(String subject, ResearchTheme... themes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var m = new TeamMember();
            m.fullName = "Membre " + subject;
            m.email = TeamMember.normalise(subject + "@univ.example");
            m.accountSubject = subject;
            m.maxDossiers = 12;
            m.themes = themes.length == 0 ? EnumSet.noneOf(ResearchTheme.class) : EnumSet.of(themes[0], themes);
            m.persist();
            return m.id;
        });
    }

    public static Long assign(Long applicationId, Long memberId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var r = new Review();
            r.application = Application.findById(applicationId);
            r.member = TeamMember.findById(memberId);
            r.status = ReviewStatus.ASSIGNED;
            r.assignedAt = Arc.container().instance(AppClock.class).get().now();
            r.updatedAt = r.assignedAt;
            r.assignedBy = "test";
            r.persist();
            return r.id;
        });
    }

    /** A submitted review with the same level on every criterion, or the given levels in rubric order. */
    public static Long submitted(Long applicationId, Long memberId, Recommendation recommendation, String comment, int... levels) {
        Long reviewId = assign(applicationId, memberId);
        QuarkusTransaction.requiringNew().run(() -> {
            Review r = Review.findById(reviewId);
            List<Criterion> rubric = Criterion.ofCampaign(r.application.track.campaign);
            for (int i = 0; i < rubric.size(); i++) {
                r.levels.put(rubric.get(i).id, levels.length == 1 ? levels[0] : levels[i]);
            }
            r.score = Scores.weighted(rubric.stream().map(c -> new Scores.Weighted(c.id, c.weight)).toList(), r.levels);
            r.comment = comment;
            r.recommendation = recommendation;
            r.status = ReviewStatus.SUBMITTED;
            r.submittedAt = r.assignedAt;
        });
        return reviewId;
    }

    /** Sets a review's score directly (ranking tests need exact means). */
    public static void score(Long reviewId, String score) {
        QuarkusTransaction.requiringNew().run(() -> Review.<Review>findById(reviewId).score = new BigDecimal(score));
    }

    public static Review review(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Review r = Review.findById(id);
            r.levels.size();
            return r;
        });
    }

    public static void blind(boolean on) {
        QuarkusTransaction.requiringNew().run(() -> Campaign.<Campaign>find("order by startYear desc").firstResult().blindReview = on);
    }
}
