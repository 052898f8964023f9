package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Degree;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.review.ReviewFixtures;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Dossiers of a candidate at the offer's end (admitted, accepted), and their enrolment sheets written straight in. */
public final class SheetFixtures {

    static final ActorRef HEAD = new ActorRef("head-sheets", "Responsable Fiches", Actor.HEAD);

    private SheetFixtures() {
    }

    /** A dossier of {@code subject} whose offer was accepted, with an address and two degrees in its form. */
    public static Long accepted(String subject, Level level) {
        return moved(subject, level, true);
    }

    /** A dossier of {@code subject} admitted, its offer not answered. */
    public static Long admitted(String subject, Level level) {
        return moved(subject, level, false);
    }

    private static Long moved(String subject, Level level, boolean accept) {
        Long id = ReviewFixtures.underReview(subject, level, false);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            app.civility = "MME";
            app.address = "12 rue des Jardins";
            app.postalCode = "57000";
            app.city = "Metz";
            app.country = "France";
            app.degrees = new ArrayList<>(List.of(degree("Licence de sociologie", "Université de Lorraine", 2024),
                    degree("Baccalauréat", "Lycée Fabert", 2021)));
            ApplicationService applications = Arc.container().instance(ApplicationService.class).get();
            applications.transition(app, Transition.ADMIT, HEAD, null);
            if (accept) {
                applications.transition(app, Transition.ACCEPT, new ActorRef(subject, subject, Actor.CANDIDATE), null);
            }
        });
        return id;
    }

    private static Degree degree(String title, String institution, int year) {
        var d = new Degree();
        d.title = title;
        d.institution = institution;
        d.year = year;
        return d;
    }

    /** A complete sheet for the dossier, as if the candidate had sent it. */
    public static void complete(Long applicationId) {
        QuarkusTransaction.requiringNew().run(() -> {
            var s = new EnrolmentSheet();
            s.application = Application.findById(applicationId);
            s.civility = Civility.M;
            s.birthDate = LocalDate.of(2000, 3, 14);
            s.birthPlace = "Nancy";
            s.nationality = "Française";
            s.street = "3 place Stanislas";
            s.postalCode = "54000";
            s.city = "Nancy";
            s.country = "France";
            s.ine = "123456789AB";
            s.lastDiploma = "Licence de sociologie";
            s.lastDiplomaInstitution = "Université de Lorraine";
            s.lastDiplomaYear = 2024;
            s.completedAt = Instant.parse("2027-07-01T08:30:00Z");
            s.updatedAt = s.completedAt;
            s.persist();
        });
    }

    public static EnrolmentSheet sheet(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> EnrolmentSheet.of(applicationId).orElse(null));
    }

    public static ApplicationStatus status(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(applicationId).status);
    }
}
