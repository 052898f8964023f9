package fr.univlorraine.ieps.bench;

import static fr.univlorraine.ieps.application.ApplicationStatus.*;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.kernel.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Believable dossier histories for the seed: a final status drawn from a realistic mix, and the
 * moves that led there, each checked against the app's own state machine ({@link Transition}).
 */
final class Histories {

    /** One line of history: the move, who made it, and the reason when one is usually given. */
    record Step(Transition transition, Actor actor, ApplicationStatus from, ApplicationStatus to, String reason) {
    }

    // Final statuses of the seeded dossiers, in percent (sums to 100): the middle of a campaign.
    private static final ApplicationStatus[] STATUSES = {DRAFT, SUBMITTED, INCOMPLETE, COMPLETE, UNDER_REVIEW,
        ADMITTED, WAITLISTED, REJECTED, ACCEPTED, DECLINED, EXPIRED, ENROLLED, WITHDRAWN};
    private static final int[] WEIGHTS = {24, 20, 7, 10, 12, 5, 4, 8, 3, 1, 1, 2, 3};

    // The usual road to each status; detours (incomplete dossier, waiting list) are added at random.
    private static final Map<ApplicationStatus, ApplicationStatus> BEFORE = Map.ofEntries(
            Map.entry(SUBMITTED, DRAFT), Map.entry(INCOMPLETE, SUBMITTED), Map.entry(COMPLETE, SUBMITTED),
            Map.entry(UNDER_REVIEW, COMPLETE), Map.entry(ADMITTED, UNDER_REVIEW), Map.entry(WAITLISTED, UNDER_REVIEW),
            Map.entry(REJECTED, UNDER_REVIEW), Map.entry(ACCEPTED, ADMITTED), Map.entry(DECLINED, ADMITTED),
            Map.entry(EXPIRED, ADMITTED), Map.entry(ENROLLED, ACCEPTED));

    private static final String[] MISSING = {"Relevé de notes de licence manquant.",
        "Pièce d'identité illisible, merci de la déposer à nouveau.", "Projet de recherche trop succinct.",
        "Attestation d'employeur manquante pour l'alternance."};
    private static final String[] REFUSALS = {"Projet de recherche insuffisamment construit.",
        "Prérequis disciplinaires insuffisants pour une entrée en master.",
        "Capacité d'accueil atteinte ; d'autres profils correspondaient mieux à la formation."};
    private static final String[] WITHDRAWALS = {"Admise dans une autre formation.", "Raisons personnelles.",
        "Projet professionnel réorienté."};

    private final Random random;

    Histories(Random random) {
        this.random = random;
    }

    ApplicationStatus finalStatus() {
        int draw = random.nextInt(100);
        for (int i = 0; i < STATUSES.length; i++) {
            draw -= WEIGHTS[i];
            if (draw < 0) {
                return STATUSES[i];
            }
        }
        return DRAFT;
    }

    /** The moves from the draft to {@code target}; empty for a draft. */
    List<Step> path(ApplicationStatus target) {
        List<ApplicationStatus> road = new ArrayList<>();
        if (target == WITHDRAWN) {
            road.addAll(roadTo(List.of(DRAFT, SUBMITTED, COMPLETE, UNDER_REVIEW, ADMITTED).get(random.nextInt(5))));
            road.add(WITHDRAWN);
        } else {
            road.addAll(roadTo(target));
        }
        if (road.indexOf(COMPLETE) == 2 && random.nextInt(100) < 15) {
            road.addAll(2, List.of(INCOMPLETE, SUBMITTED));  // sent back once, then resubmitted
        }
        int admitted = road.indexOf(ADMITTED);
        if (admitted > 0 && random.nextInt(100) < 20) {
            road.add(admitted, WAITLISTED);  // promoted from the waiting list
        }
        var steps = new ArrayList<Step>();
        for (int i = 1; i < road.size(); i++) {
            ApplicationStatus from = road.get(i - 1);
            ApplicationStatus to = road.get(i);
            Transition move = Transition.between(from, to).orElseThrow();
            Actor actor = Arrays.stream(Actor.values()).filter(a -> move.allows(from, a)).findFirst().orElseThrow();
            steps.add(new Step(move, actor, from, to, reason(move)));
        }
        return steps;
    }

    private static List<ApplicationStatus> roadTo(ApplicationStatus target) {
        var road = new ArrayList<ApplicationStatus>();
        for (ApplicationStatus s = target; s != null; s = BEFORE.get(s)) {
            road.add(0, s);
        }
        return road;
    }

    private String reason(Transition move) {
        return switch (move) {
            case MARK_INCOMPLETE -> pick(MISSING);
            case REJECT -> pick(REFUSALS);
            case WITHDRAW -> random.nextBoolean() ? pick(WITHDRAWALS) : null;
            default -> null;
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
