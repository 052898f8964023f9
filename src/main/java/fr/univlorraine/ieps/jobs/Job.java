package fr.univlorraine.ieps.jobs;

/** The scheduled jobs whose runs are recorded, by the name stored in job_run and job_failure. */
public enum Job {
    /** Publications the heads scheduled, at their time. */
    PUBLICATION,
    /** Offers unanswered at their deadline: expired, their places offered to the waiting list. */
    OFFER_EXPIRY,
    /** Reminders before an offer's deadline. */
    OFFER_REMINDER,
    /** The daily digests of the staff who chose one mail a day. */
    STAFF_DIGEST,
    /** The retention rules applied: dossiers, pieces and files past their time deleted together. */
    PURGE,
    /** The addresses (IP) of the audit trail forgotten once their time is over; the lines stay. */
    AUDIT_IP_EXPIRY
}
