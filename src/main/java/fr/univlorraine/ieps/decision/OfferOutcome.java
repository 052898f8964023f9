package fr.univlorraine.ieps.decision;

/** How an offer ended. Every outcome but ACCEPTED frees the place for the waiting list. */
public enum OfferOutcome {
    ACCEPTED, DECLINED, EXPIRED, WITHDRAWN
}
