package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.audit.Audited;
import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.Params;
import java.util.EnumSet;
import fr.univlorraine.ieps.application.Places;
import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionService.Choice;
import fr.univlorraine.ieps.decision.DecisionPublication.FollowUp;
import fr.univlorraine.ieps.decision.DecisionService.Preparation;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The heads' decisions page of a track: the system's proposal from the ranking board, the heads'
 * drafts, publication now or at the track's publication time, and what became of each decision since.
 */
@Path("/responsable/decisions/{level}")
@RolesAllowed(Roles.HEAD)
@Produces(MediaType.TEXT_HTML)
public class DecisionResource {

    private static final Set<DecisionFlash> FLASHES = EnumSet.allOf(DecisionFlash.class);
    /** More rows than this in one post is not a form of ours. */
    private static final int MAX_ROWS = 5000;

    @Inject
    DecisionService decisions;

    @Inject
    DecisionPublication publication;

    @Inject
    PublicationSchedule schedule;

    @Inject
    Places places;

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @Inject
    AppClock clock;

    /** What the head typed, per dossier, shown again when the form is refused. */
    public record Typed(String kind, String motive, String motiveText) {
    }

    /** One line of the form: the board's row, the proposal, and the values to show in the fields. */
    public record FormRow(int index, fr.univlorraine.ieps.ranking.BoardRow board, DecisionKind proposed, String kind,
            String motive, String motiveText, long version, boolean saved) {
        /** ("is" would read as Qute's equality operator.) */
        public boolean chose(String k) {
            return k.equals(kind);
        }

        public boolean motiveIs(Long id) {
            return id != null && id.toString().equals(motive);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance decisions(Preparation prep, List<FormRow> rows, List<FollowUp> followUp, int taken,
                PublicationWarnings warnings, boolean proposalOnly,
                boolean publicationTimePassed, Map<Long, Typed> typed, FormErrors errors, String lang, DecisionFlash flash);

        /** Before publishing now despite warnings: what they are, and the second confirmation. */
        static native TemplateInstance confirm(Track track, PublicationWarnings warnings, FormErrors errors);
    }

    @GET
    public TemplateInstance page(@PathParam("level") String level, @QueryParam("proposition") String proposal,
            @QueryParam("ok") String ok) {
        return page(campaigns.currentTrack(level), proposal != null, Map.of(), new FormErrors(),
                Flashes.of(FLASHES, ok));
    }

    /** Saves the drafts; all or nothing, the page comes back with every choice kept when something is wrong. */
    @Audited(value = AuditAction.DECISION_PREPARED, what = "decisions")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("level") String level, MultivaluedMap<String, String> post) {
        Track track = campaigns.currentTrack(level);
        List<Choice> choices = new ArrayList<>();
        Map<Long, Typed> typed = new HashMap<>();
        String defaultMotive = post.getFirst("defaultMotive");
        int rows = (int) Math.min(MAX_ROWS, Math.max(0, Params.number(post.getFirst("rows"), 0)));
        for (int i = 0; i < rows; i++) {
            Long id = Params.number(post.getFirst("app" + i), -1);
            String kind = post.getFirst("kind" + i);
            String motive = post.getFirst("motive" + i);
            if ((motive == null || motive.isBlank()) && "REJECT".equals(kind)) {
                motive = defaultMotive;
            }
            String text = post.getFirst("motiveText" + i);
            typed.put(id, new Typed(kind, motive, text));
            choices.add(new Choice(id < 0 ? null : id, Params.constant(DecisionKind.class, kind), motive == null || motive.isBlank() ? null
                    : Params.number(motive, -1), text, Params.number(post.getFirst("version" + i), -2)));
        }
        try {
            FormErrors errors = decisions.save(track, choices, user.as(Actor.HEAD));
            if (errors.any()) {
                return Response.status(400).entity(page(track, false, typed, errors, null)).build();
            }
        } catch (RuleViolation e) {
            return refused(track, DecisionField.decisions, e.error);
        }
        return redirect(track, DecisionFlash.decisions_saved);
    }

    @Audited(value = AuditAction.DECISIONS_PUBLISHED, what = "publication")
    @POST
    @Path("publier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("level") String level, MultivaluedMap<String, String> post) {
        Track track = campaigns.currentTrack(level);
        if (!"on".equals(post.getFirst("publishConfirm"))) {
            return refused(track, DecisionField.publishConfirm, DecisionError.PUBLISH_CONFIRM);
        }
        boolean confirmed = "on".equals(post.getFirst("warningsConfirm"));
        try {
            publication.publish(track.id, user.as(Actor.HEAD), confirmed);
        } catch (RuleViolation e) {
            if (e.error != DecisionError.PUBLISH_WARNINGS) {
                return refused(track, DecisionField.publication, e.error);
            }
            // first the warnings and their confirmation; sent back from that page unticked, the box says what it needs
            FormErrors errors = post.containsKey("warningsShown")
                    ? new FormErrors().add(DecisionField.warningsConfirm, DecisionError.PUBLISH_WARNINGS) : new FormErrors();
            return Response.status(errors.any() ? 409 : 200)
                    .entity(Templates.confirm(track, publication.warnings(track), errors)).build();
        }
        return redirect(track, DecisionFlash.decisions_published);
    }

    @Audited(value = AuditAction.DECISIONS_PUBLISHED, what = "publication scheduled")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("programmer")
    public Response schedule(@PathParam("level") String level) {
        Track track = campaigns.currentTrack(level);
        return publication(track, () -> schedule.schedule(track.id, user.as(Actor.HEAD)), DecisionFlash.publication_scheduled);
    }

    @Audited(value = AuditAction.DECISIONS_PUBLISHED, what = "publication unscheduled")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("deprogrammer")
    public Response unschedule(@PathParam("level") String level) {
        Track track = campaigns.currentTrack(level);
        schedule.unschedule(track.id);
        return redirect(track, DecisionFlash.publication_unscheduled);
    }

    private TemplateInstance page(Track track, boolean proposalOnly, Map<Long, Typed> typed, FormErrors errors, DecisionFlash flash) {
        Preparation prep = decisions.prepare(track, proposalOnly);
        List<FormRow> rows = prep.rows().stream().map(r -> {
            Typed t = typed.getOrDefault(r.board().applicationId(),
                    new Typed(r.chosen().name(), Objects.toString(r.motiveId(), null), r.motiveText()));
            return new FormRow(r.index(), r.board(), r.proposed(), t.kind(), t.motive(), t.motiveText(), r.version(), r.draft() != null);
        }).toList();
        PublicationWarnings warnings = publication.warnings(track, prep.rows().stream().map(DecisionService.Row::board).toList());
        return Templates.decisions(prep, rows, publication.followUp(track), (int) places.taken(track.id), warnings, proposalOnly,
                !clock.now().isBefore(track.decisionsPublishedAt), typed, errors, ui.lang(), flash);
    }

    /** Publishes or schedules, then back to the page with its confirmation, or with the reason it was refused. */
    private Response publication(Track track, Runnable action, DecisionFlash done) {
        try {
            action.run();
            return redirect(track, done);
        } catch (RuleViolation e) {
            return refused(track, DecisionField.publication, e.error);
        }
    }

    private Response refused(Track track, DecisionField field, Localizable error) {
        return Response.status(409).entity(page(track, false, Map.of(), new FormErrors().add(field, error), null))
                .build();
    }

    private static Response redirect(Track track, DecisionFlash flash) {
        return Response.seeOther(URI.create("/responsable/decisions/" + track.level + "?ok=" + flash)).build();
    }
}
