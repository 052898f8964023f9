package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import java.time.Instant;

/**
 * What the candidate's status page shows of a published decision: the offer and its deadline, the
 * current place on the waiting list, the refusal's motive and the routes of appeal (appeal, null unless refused),
 * the request for detailed motives.
 */
public record CandidateDecision(Application app, Decision decision, Offer offer, Integer waitlistRank,
        MotiveRequest motiveRequest, AppealText appeal, Instant now) {

    /** An offer the candidate can still answer. */
    public boolean answerable() {
        return app.status == ApplicationStatus.ADMITTED && offer != null && offer.isOpen() && !now.isAfter(offer.deadline);
    }

    public boolean waitlisted() {
        return app.status == ApplicationStatus.WAITLISTED && waitlistRank != null;
    }

    public boolean rejected() {
        return app.status == ApplicationStatus.REJECTED;
    }

    /** The attestation exists for an admission (whatever the answer) and for a refusal. */
    public boolean hasLetter() {
        return switch (app.status) {
            case ADMITTED, ACCEPTED, ENROLLED, REJECTED -> true;
            default -> false;
        };
    }
}
