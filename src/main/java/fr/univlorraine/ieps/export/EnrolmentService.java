package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import fr.univlorraine.ieps.enrolment.EnrolmentSheet;
import fr.univlorraine.ieps.enrolment.EnrolmentSheetService;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The last step of the admission: the secretariat confirms the enrolment of a candidate who accepted and completed
 * their enrolment sheet (ACCEPTED → ENROLLED).
 */
@ApplicationScoped
public class EnrolmentService {

    /** What a confirmation did; only {@link #ENROLLED} changed anything. */
    public enum Outcome { ENROLLED, ALREADY_ENROLLED, NOT_ACCEPTED, SHEET_MISSING, UNKNOWN }

    public record Result(Outcome outcome, Long id) {
    }

    static final EnumSet<ApplicationStatus> SHOWN = EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.ENROLLED);

    @Inject
    ApplicationService applications;

    @Inject
    CampaignService campaigns;

    @Inject
    EnrolmentSheetService sheets;

    @Inject
    ExportRows rows;

    /**
     * Enrols the dossier if it is an accepted place of the current campaign whose candidate completed the enrolment
     * sheet. The row is locked first, so that two clicks at once enrol once and the second is told it is done (and the
     * sheet, which needs the dossier ACCEPTED to be saved, cannot change under it).
     */
    @Transactional
    public Result enrol(Long id, ActorRef secretariat) {
        List<Long> current = campaigns.currentTracks().stream().map(t -> t.id).toList();
        Application app = id == null ? null : Application.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (app == null || !current.contains(app.track.id)) {
            return new Result(Outcome.UNKNOWN, null);
        }
        if (app.status == ApplicationStatus.ENROLLED) {
            return new Result(Outcome.ALREADY_ENROLLED, id);
        }
        if (app.status != ApplicationStatus.ACCEPTED) {
            return new Result(Outcome.NOT_ACCEPTED, id);
        }
        if (!sheets.complete(app.id)) {
            return new Result(Outcome.SHEET_MISSING, id);
        }
        applications.transition(app, Transition.ENROL, secretariat, null);
        return new Result(Outcome.ENROLLED, id);
    }

    /** The accepted and enrolled dossiers of a track, by name. */
    public List<Application> places(Track track) {
        return Application.list("track.id = ?1 and status in ?2 order by lower(lastName), lower(firstName), id", track.id,
                SHOWN);
    }

    /** The enrolment sheets of these dossiers, by dossier (a dossier without one is absent). */
    @Transactional
    public Map<Long, EnrolmentSheet> sheets(List<Application> places) {
        return sheets.ofApplications(places.stream().map(a -> a.id).toList());
    }

    /** The offers of the track awaiting an answer, nearest deadline first. */
    @Transactional
    public List<ExportRows.Pending> pending(Track track) {
        try (var pending = rows.pending(track.id)) {
            return pending.toList();
        }
    }

    /** The dossier a confirmation was about, if it is in the current campaign. */
    public Application ofCurrentCampaign(Long id) {
        Application app = id == null ? null : Application.findById(id);
        if (app == null || campaigns.currentTracks().stream().noneMatch(t -> t.id.equals(app.track.id))) {
            return null;
        }
        return app;
    }
}
