package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;
import java.util.Arrays;

/** What is wrong with decisions, their publication or an answer to an offer: {@link DecisionMessages#error}. */
public enum DecisionError implements Localizable {
    DECLINE_CONFIRM, OFFER_EXPIRED, NO_OPEN_OFFER, CAPACITY_FULL, MOTIVE_REQUIRED, TOO_MANY_ADMITS,
    DECISION_FORGED, DECISIONS_STALE, NOTHING_TO_PUBLISH, DECISIONS_MISSING, PUBLICATION_TIME_PASSED, PUBLICATION_SCHEDULED,
    PUBLISH_CONFIRM, PUBLICATION_FAILED, PUBLISH_WARNINGS;

    /** The error whose code was stored ({@code Track.publicationError}), or null. */
    public static DecisionError ofCode(String code) {
        return Arrays.stream(values()).filter(error -> error.name().equals(code)).findFirst().orElse(null);
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(DecisionMessages.class, lang).error(this);
    }
}
