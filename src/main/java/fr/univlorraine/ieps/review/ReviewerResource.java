package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.Flashes;
import java.util.EnumSet;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.documents.ApplicationDocument;
import fr.univlorraine.ieps.documents.DocumentDownloads;
import fr.univlorraine.ieps.documents.DocumentService;
import fr.univlorraine.ieps.documents.DossierPdfService;
import fr.univlorraine.ieps.documents.TemporaryDownload;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The reviewer's pages: the queue of dossiers assigned to them, each dossier on one page with its
 * documents, and the scoring form. A dossier not assigned to them, or on which they declared a conflict,
 * answers 404 like a missing one. Every opening of a dossier or a document is audited.
 */
@Path("/evaluation")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.TEXT_HTML)
public class ReviewerResource {

    private static final Set<ReviewFlash> FLASHES = EnumSet.of(ReviewFlash.review_draft, ReviewFlash.review_submitted,
            ReviewFlash.review_conflict);

    @Inject
    TeamService team;

    @Inject
    ReviewService reviews;

    @Inject
    DocumentService documents;

    @Inject
    DossierPdfService pdf;

    @Inject
    AuditLog audit;

    @Inject
    Ui ui;

    @Inject
    AppClock clock;

    /** One criterion of the form as shown: the level chosen (-1 for none) and its error, if any. */
    public record Scoring(Criterion criterion, int chosen, Localizable error) {
    }

    /** Another reviewer's submitted review, shown once one's own is in. */
    public record Other(Review review, List<Integer> levels) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(TeamMember member, List<Review> reviews, long submitted, Instant now, String lang,
                ReviewFlash flash);

        static native TemplateInstance notMember();

        static native TemplateInstance dossier(Application app, Review review, boolean blind, List<Scoring> scoring,
                List<Integer> levels, String comment, String recommendation, Recommendation[] recommendations,
                List<ApplicationDocument> files, List<Other> others, List<Criterion> criteria, FormErrors errors,
                Localizable ruleError, String conflictReason, boolean submitConfirmed, Long next, String lang,
                ReviewFlash flash);
    }

    @GET
    public TemplateInstance queue(@QueryParam("ok") String ok) {
        TeamMember member = team.current().orElse(null);
        if (member == null) {
            return Templates.notMember();
        }
        List<Review> list = reviews.queue(member);
        long submitted = list.stream().filter(r -> r.status == ReviewStatus.SUBMITTED).count();
        return Templates.queue(member, list, submitted, clock.now(), ui.lang(), Flashes.of(FLASHES, ok));
    }

    @GET
    @Path("dossiers/{id}")
    @Transactional
    public TemplateInstance dossier(@PathParam("id") Long id, @QueryParam("ok") String ok) {
        Review review = reviews.mine(id, member());
        audit.record(AuditLog.VIEW_DOSSIER, review.application.id, null, "review");
        return page(review, null, new FormErrors(), null, null, Flashes.of(FLASHES, ok));
    }

    @POST
    @Path("dossiers/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") Long id, MultivaluedMap<String, String> post) {
        TeamMember member = member();
        Review review = reviews.mine(id, member);
        ReviewForm form = ReviewForm.from(post, Criterion.ofCampaign(review.application.track.campaign));
        boolean submit = "soumettre".equals(post.getFirst("action"));
        try {
            FormErrors errors = submit ? reviews.submit(id, member, form) : reviews.saveDraft(id, member, form);
            if (errors.any()) {
                return Response.status(400).entity(rerender(id, member, form, errors, null, null)).build();
            }
        } catch (RuleViolation e) {
            return Response.status(409).entity(rerender(id, member, form, new FormErrors(), e.error, null)).build();
        }
        return seeOther("/evaluation/dossiers/" + id + "?ok=" + (submit ? ReviewFlash.review_submitted : ReviewFlash.review_draft));
    }

    @POST
    @Path("dossiers/{id}/conflit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response conflict(@PathParam("id") Long id, @BeanParam ConflictForm form) {
        TeamMember member = member();
        try {
            reviews.declareConflict(id, member, form);
        } catch (RuleViolation e) {
            return Response.status(409).entity(rerender(id, member, null, new FormErrors(), e.error, form.conflictReason()))
                    .build();
        }
        return seeOther("/evaluation?ok=" + ReviewFlash.review_conflict);
    }

    /**
     * A document of an assigned dossier, inline; in blind review the identity document is not there and the
     * file is named after the dossier's reference.
     */
    @GET
    @Path("dossiers/{id}/pieces/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response document(@PathParam("id") Long id, @PathParam("documentId") Long documentId) {
        Review review = reviews.mine(id, member());
        ApplicationDocument document = readable(review).stream().filter(d -> d.id.equals(documentId)).findFirst()
                .orElseThrow(NotFoundException::new);
        audit.record(AuditLog.VIEW_DOCUMENT, review.application.id, document.id, document.type.code + " (review)");
        // in blind review the file's own name, which may be the candidate's, does not go out either
        return review.application.track.campaign.blindReview ? DocumentDownloads.anonymous(document, false)
                : DocumentDownloads.response(document, false);
    }

    /** The whole dossier as one PDF, never with the candidate's contact details, without identity in blind review. */
    @GET
    @Path("dossiers/{id}/pdf")
    @Produces("application/pdf")
    public Response dossierPdf(@PathParam("id") Long id) throws IOException {
        var written = pdf.readThenWrite(() -> {
            Application app = reviews.mine(id, member()).application;
            audit.record(AuditLog.DOWNLOAD_DOSSIER_PDF, app.id, null, "review");
            return app;
        }, ui.lang(), app -> app.track.campaign.blindReview, false);
        return TemporaryDownload.of(written.file(), "application/pdf")
                .header("Content-Disposition", DocumentDownloads.disposition("inline",
                        "dossier-" + written.app().reference + ".pdf"))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }

    private TeamMember member() {
        // a reviewer who is not on the team has no dossier at all
        return team.current().orElseThrow(NotFoundException::new);
    }

    @Transactional
    TemplateInstance rerender(Long id, TeamMember member, ReviewForm form, FormErrors errors, Localizable ruleError, String conflictReason) {
        return page(reviews.mine(id, member), form, errors, ruleError, conflictReason, null);
    }

    private TemplateInstance page(Review review, ReviewForm form, FormErrors errors, Localizable ruleError, String conflictReason,
            ReviewFlash flash) {
        Application app = review.application;
        // the page renders after the transaction: read what it shows now
        app.degrees.size();
        app.experiences.size();
        app.themes.size();
        List<Criterion> criteria = Criterion.ofCampaign(app.track.campaign);
        // a level's error is on the row of its criterion in the rubric, as the form was read
        List<Scoring> scoring = IntStream.range(0, criteria.size()).mapToObj(i -> new Scoring(criteria.get(i),
                chosen(review, form, criteria.get(i)), errors.get(ReviewField.level.name() + i))).toList();
        String comment = form == null ? review.comment : form.comment();
        String recommendation = form == null ? (review.recommendation == null ? "" : review.recommendation.name())
                : (form.recommendation() == null ? "" : form.recommendation());
        List<Other> others = reviews.othersVisibleTo(review).stream()
                .map(o -> new Other(o, criteria.stream().map(c -> o.levels.getOrDefault(c.id, -1)).toList())).toList();
        // once this one is in, the way on: the next dossier still to score, or back to the queue
        Long next = review.status == ReviewStatus.SUBMITTED ? reviews.next(app.id, review.member) : null;
        return Templates.dossier(app, review, app.track.campaign.blindReview, scoring, CriterionForm.LEVELS, comment == null ? "" : comment,
                recommendation, Recommendation.values(), readable(review), others, criteria, errors, ruleError,
                conflictReason == null ? "" : conflictReason, form != null && form.submitConfirmed(), next, ui.lang(), flash);
    }

    private static int chosen(Review review, ReviewForm form, Criterion c) {
        if (form != null) {
            Integer level = form.levels().get(c.id);
            return level == null ? -1 : level;
        }
        return review.levels.getOrDefault(c.id, -1);
    }

    /** The files a reviewer may open: all of the dossier's, except the identity document in blind review. */
    private List<ApplicationDocument> readable(Review review) {
        boolean blind = review.application.track.campaign.blindReview;
        return documents.files(review.application).stream()
                .filter(d -> !blind || !DossierPdfService.IDENTITY_TYPE.equals(d.type.code)).toList();
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
