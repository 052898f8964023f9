package fr.univlorraine.ieps.export;

import static fr.univlorraine.ieps.export.ExportColumn.*;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.campaign.Track;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lists the secretariat exports per track, named in URLs and file names in French, each with the columns it
 * offers in the order of its files; all but the identity numbers unless the person chose otherwise.
 */
public enum ExportList {
    /** Candidates who took their place: accepted, and enrolled once the secretariat confirms; with their enrolment sheet. */
    ACCEPTED("admis", EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.ENROLLED),
            List.of(REFERENCE, LEVEL, LAST_NAME, FIRST_NAME, EMAIL, PHONE, ROUTE, VAP_ROUTE, STATUS, ACCEPTED_AT, ENROLLED,
                    SHEET_COMPLETED_AT, CIVILITY, BIRTH_DATE, BIRTH_PLACE, NATIONALITY, STREET, POSTAL_CODE, CITY, COUNTRY,
                    INE, LAST_DIPLOMA, LAST_DIPLOMA_INSTITUTION, LAST_DIPLOMA_YEAR)),
    /** Offers made and not answered yet, with their deadline: the places that may still join the accepted list. */
    PENDING("offres-en-attente", EnumSet.of(ApplicationStatus.ADMITTED),
            List.of(REFERENCE, LEVEL, LAST_NAME, FIRST_NAME, EMAIL, PHONE, ROUTE, VAP_ROUTE, OFFERED_AT, OFFER_DEADLINE)),
    /** The waiting list in its current order. */
    WAITLIST("liste-attente", EnumSet.of(ApplicationStatus.WAITLISTED),
            List.of(RANK, REFERENCE, LAST_NAME, FIRST_NAME, EMAIL, ROUTE, VAP_ROUTE, PUBLISHED_RANK)),
    /** Every application of the track, drafts included, with its status. */
    APPLICATIONS("candidatures", EnumSet.allOf(ApplicationStatus.class),
            List.of(REFERENCE, LAST_NAME, FIRST_NAME, EMAIL, ROUTE, VAP_ROUTE, FUNDING, STATUS, SUBMITTED_AT, UPDATED_AT));

    public final String slug;
    public final Set<ApplicationStatus> statuses;
    /** The columns the list offers, in the order of its files. */
    public final List<ExportColumn> columns;

    ExportList(String slug, Set<ApplicationStatus> statuses, List<ExportColumn> columns) {
        this.slug = slug;
        this.statuses = statuses;
        this.columns = columns;
    }

    /** The columns ticked until the person chooses: all but the identity numbers ({@link ExportColumn#onRequest}). */
    public List<ExportColumn> defaultColumns() {
        return columns.stream().filter(c -> !c.onRequest).toList();
    }

    public static Optional<ExportList> ofSlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }

    /** {@code ieps-2027-M1-admis.csv}. */
    public String fileName(Track track, ExportFormat format) {
        return "ieps-%d-%s-%s.%s".formatted(track.campaign.startYear, track.level, slug, format.extension);
    }
}
