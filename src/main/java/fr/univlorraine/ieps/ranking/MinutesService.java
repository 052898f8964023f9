package fr.univlorraine.ieps.ranking;

import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.review.ReviewError;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.kernel.Texts;
import fr.univlorraine.ieps.review.Review;
import fr.univlorraine.ieps.review.ReviewStatus;
import fr.univlorraine.ieps.review.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The minutes (procès-verbal) of a track's selection committee: who sat, the conflicts declared, the
 * ranked list with scores and the log of manual moves, frozen as a PDF when drawn up. Refused while the
 * ranking still has ties: the committee must settle them first.
 */
@ApplicationScoped
public class MinutesService {

    @Inject
    RankingService ranking;

    @Inject
    AppClock clock;

    /** What the head fills in. */
    public record MeetingForm(LocalDate heldOn, List<Long> memberIds, String otherAttendees) {
    }

    @Transactional
    public CommitteeMeeting drawUp(Track track, MeetingForm form, ActorRef head, String lang) {
        Board board = ranking.wholeBoard(track);
        if (board.ties() > 0) {
            throw new RuleViolation(RankingError.TIES_UNRESOLVED);
        }
        List<TeamMember> present = form.memberIds().isEmpty() ? List.of()
                : TeamMember.list("id in ?1 order by fullName", form.memberIds());
        if (present.size() != form.memberIds().size()) {
            throw new RuleViolation(ReviewError.MEMBER_UNKNOWN);
        }
        var meeting = new CommitteeMeeting();
        meeting.trackId = track.id;
        meeting.heldOn = form.heldOn();
        meeting.otherAttendees = Texts.stripToNull(form.otherAttendees());
        meeting.attendees.addAll(present);
        meeting.createdAt = clock.now();
        meeting.createdBy = head.shownName();
        meeting.pdf = render(track, board, meeting, lang);
        meeting.persist();
        return meeting;
    }

    private byte[] render(Track track, Board board, CommitteeMeeting meeting, String lang) {
        RankingMessages rank = Localizable.bundle(RankingMessages.class, lang);
        boolean fr = !"en".equals(lang);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", fr ? Locale.FRENCH : Locale.ENGLISH);
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern(fr ? "dd/MM/yyyy HH:mm" : "yyyy-MM-dd HH:mm");
        List<String> present = new ArrayList<>(meeting.attendees.stream().map(m -> m.fullName).toList());
        if (meeting.otherAttendees != null) {
            present.add(meeting.otherAttendees);
        }
        List<MinutesPdf.Conflict> conflicts = Review.<Review>list("from Review r join fetch r.member join fetch r.application a "
                + "where a.track.id = ?1 and r.status = ?2 order by a.reference", track.id, ReviewStatus.CONFLICT).stream()
                .map(r -> new MinutesPdf.Conflict(r.member.fullName, r.application.reference, r.conflictReason)).toList();
        List<MinutesPdf.Row> rows = board.rows().stream().map(row -> new MinutesPdf.Row(row.rank(), row.reference(),
                row.candidate(), score(row.mean(), fr), score(row.spread(), fr), row.submitted(), row.pending(),
                row.admit(), row.waitlist(), row.reject(), row.rank() == board.placesLeft())).toList();
        List<MinutesPdf.Change> changes = RankChange.log(track.id).stream().map(l -> new MinutesPdf.Change(
                stamp.format(l.change().occurredAt.atZone(AppClock.PARIS)), Objects.requireNonNullElse(l.change().actorName, ""),
                l.reference(), l.change().fromPosition, l.change().toPosition, l.change().reason)).toList();
        String level = track.level.text(lang);
        var minutes = new MinutesPdf.Minutes(rank.pv_programme(level, track.campaign.code), day.format(meeting.heldOn),
                present, conflicts, rows, board.placesLeft(), changes, stamp.format(clock.nowInParis()));
        return MinutesPdf.print(minutes, lang);
    }

    private static String score(BigDecimal value, boolean fr) {
        if (value == null) {
            return "—";
        }
        return fr ? value.toPlainString().replace('.', ',') : value.toPlainString();
    }
}
