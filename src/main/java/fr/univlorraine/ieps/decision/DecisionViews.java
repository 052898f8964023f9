package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.kernel.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads a dossier's published decision for its candidate; nothing while the decision is a draft. */
@ApplicationScoped
public class DecisionViews {

    @Inject
    OfferService offers;

    @Inject
    AppClock clock;

    @Transactional
    public CandidateDecision forCandidate(Application app) {
        return Decision.published(app.id)
                .map(d -> new CandidateDecision(app, d, Offer.of(app.id).orElse(null),
                        offers.currentWaitlistRank(app).orElse(null), MotiveRequest.of(app.id).orElse(null),
                        app.status == ApplicationStatus.REJECTED ? AppealText.ofApplication(app.id) : null, clock.now()))
                .orElse(null);
    }
}
