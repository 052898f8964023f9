package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.campaign.Track;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The three lists the secretariat exports per track, named in URLs and file names in French. */
public enum ExportList {
    /** Candidates who took their place: accepted, and enrolled once the secretariat confirms. */
    ACCEPTED("admis", EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.ENROLLED)),
    /** The waiting list in its current order. */
    WAITLIST("liste-attente", EnumSet.of(ApplicationStatus.WAITLISTED)),
    /** Every application of the track, drafts included, with its status. */
    APPLICATIONS("candidatures", EnumSet.allOf(ApplicationStatus.class));

    public final String slug;
    public final Set<ApplicationStatus> statuses;

    ExportList(String slug, Set<ApplicationStatus> statuses) {
        this.slug = slug;
        this.statuses = statuses;
    }

    public static Optional<ExportList> ofSlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }

    /** {@code ieps-2027-M1-admis.csv}. */
    public String fileName(Track track, ExportFormat format) {
        return "ieps-%d-%s-%s.%s".formatted(track.campaign.startYear, track.level, slug, format.extension);
    }
}
