package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.campaign.Retention;
import fr.univlorraine.ieps.kernel.AppClock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rule a dossier falls under and the instant it is due, from its track's dates and its campaign's rules
 * ({@link RetentionRule} says which dossier falls under which rule). The end of the appeal period is two months after
 * the decisions' publication, or after the closing when they were never published here (a platform track publishes
 * on the platform); a local recruitment that closed later moves both dates to its own closing.
 */
final class RetentionDates {

    /** Decided against, or never decided: the "not admitted" rule. */
    static final Set<ApplicationStatus> NOT_ADMITTED = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.INCOMPLETE, ApplicationStatus.COMPLETE, ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED, ApplicationStatus.DECLINED, ApplicationStatus.EXPIRED);

    /** A dossier as the rules read it. enrolledAt: when the enrolment was confirmed (null if it was not). */
    record Facts(ApplicationStatus status, ApplicationOrigin origin, PlatformOutcome outcome, boolean minimized,
            Instant enrolledAt, Instant closesAt, Instant publishedAt, Instant localClosesAt) {
    }

    /** The rule and its instant, or null when no rule applies (yet or ever). */
    record Due(RetentionRule rule, Instant at) {
    }

    private RetentionDates() {
    }

    static RetentionRule ruleOf(Facts f) {
        if (f.status() == ApplicationStatus.ENROLLED) {
            return f.minimized() ? null : RetentionRule.ENROLLED;
        }
        if (f.status() == ApplicationStatus.WITHDRAWN) {
            return RetentionRule.WITHDRAWN;
        }
        if (f.status() == ApplicationStatus.DRAFT) {
            return RetentionRule.DRAFT;
        }
        if (f.origin() == ApplicationOrigin.PLATFORM && f.status() != ApplicationStatus.ACCEPTED
                && f.status() != ApplicationStatus.ADMITTED) {
            // the platform decides: its outcome, not the status of the reading here, says whether a place is held
            return f.outcome() == PlatformOutcome.ADMITTED || f.outcome() == PlatformOutcome.ACCEPTED
                    ? null : RetentionRule.NOT_ADMITTED;
        }
        return NOT_ADMITTED.contains(f.status()) ? RetentionRule.NOT_ADMITTED : null;
    }

    static Due due(Facts f, Retention retention) {
        RetentionRule rule = ruleOf(f);
        if (rule == null) {
            return null;
        }
        return switch (rule) {
            case DRAFT -> new Due(rule, closing(f).plus(Duration.ofDays(retention.draftDays)));
            case NOT_ADMITTED -> new Due(rule, plusMonths(appealEnds(f), retention.notAdmittedMonths));
            case WITHDRAWN -> new Due(rule, plusMonths(appealEnds(f), retention.withdrawnMonths));
            case ENROLLED -> f.enrolledAt() == null ? null
                    : new Due(rule, f.enrolledAt().plus(Duration.ofDays(retention.enrolledDays)));
        };
    }

    /** The last instant a candidate could apply on the track. */
    static Instant closing(Facts f) {
        return f.localClosesAt() != null && f.localClosesAt().isAfter(f.closesAt()) ? f.localClosesAt() : f.closesAt();
    }

    /** The end of the appeal period: {@link Retention#APPEAL_PERIOD_MONTHS} after the publication (or the closing). */
    static Instant appealEnds(Facts f) {
        Instant decided = f.publishedAt() != null ? f.publishedAt() : f.closesAt();
        if (f.localClosesAt() != null && f.localClosesAt().isAfter(decided)) {
            decided = f.localClosesAt();
        }
        return plusMonths(decided, Retention.APPEAL_PERIOD_MONTHS);
    }

    private static Instant plusMonths(Instant instant, int months) {
        return instant.atZone(AppClock.PARIS).plusMonths(months).toInstant();
    }
}
