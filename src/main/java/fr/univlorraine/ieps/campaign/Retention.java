package fr.univlorraine.ieps.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How long a campaign keeps each kind of dossier (migration V28 states the defaults and why). The purge job applies
 * these rules; the privacy page and the records of processing state them as they are.
 */
@Embeddable
public class Retention {

    /** The end of the appeal period: two months after the decisions are published (recours contentieux). */
    public static final int APPEAL_PERIOD_MONTHS = 2;

    /** Drafts never submitted: deleted this many days after the track's closing. */
    @Column(name = "retention_draft_days", nullable = false)
    public int draftDays = 30;

    /** Not admitted (refused, declined, expired, waiting list, never completed): months after the appeal period. */
    @Column(name = "retention_not_admitted_months", nullable = false)
    public int notAdmittedMonths = 12;

    /** Withdrawn dossiers: months after the end of the appeal period. */
    @Column(name = "retention_withdrawn_months", nullable = false)
    public int withdrawnMonths = 12;

    /** Enrolled: the pieces and answers go this many days after the enrolment was confirmed; the enrolment data stays. */
    @Column(name = "retention_enrolled_days", nullable = false)
    public int enrolledDays = 30;
}
