package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.web.Flashes;
import java.util.EnumSet;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The secretariat's completeness check: an inbox of submitted dossiers, and per dossier its documents
 * to validate or refuse with a reason, then COMPLETE or INCOMPLETE.
 */
@Path("/secretariat")
@RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class SecretariatResource {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SecretariatResource.class);

    /** The statuses of the inbox: dossiers the candidate has submitted at least once. */
    static final List<ApplicationStatus> INBOX = List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.INCOMPLETE,
            ApplicationStatus.COMPLETE, ApplicationStatus.UNDER_REVIEW);
    private static final Set<DocumentFlash> FLASHES = EnumSet.of(DocumentFlash.validated, DocumentFlash.refused,
            DocumentFlash.complete, DocumentFlash.incomplete, DocumentFlash.selectionvalidated, DocumentFlash.allvalidated);

    @Inject
    CompletenessService completeness;

    @Inject
    DocumentService documents;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @Inject
    FormCheck check;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<Application> dossiers, Map<Long, Long> toCheck,
                Map<ApplicationStatus, Long> counts, List<ApplicationStatus> statuses, Level[] levels,
                String status, String level, String order, boolean noneChosen);

        static native TemplateInstance dossier(Application app, List<DocumentService.ChecklistLine> lines,
                CheckProgress progress, List<ApplicationEvent> history, List<DocumentEvent> documentHistory, String lang,
                Localizable error, String errorField, Long errorDocument, DocumentFlash flash, CheckForm typed,
                LocalDate deadline, LocalDate latestDeadline);

        /** The pieces of the dossier page alone, for the page's script to put in place after an action. */
        static native TemplateInstance dossier$pieces(Application app, List<DocumentService.ChecklistLine> lines,
                CheckProgress progress, String lang, Localizable error, Long errorDocument, CheckForm typed);
    }

    /**
     * What the dossier page's script is told after a piece action sent with fetch: done or not, the sentence to
     * announce, the rows that changed (their ids on the page), the field to go back to when refused, and the pieces
     * as the page now shows them.
     */
    public record PieceAnswer(boolean done, String message, List<String> rows, String field, String html) {
    }

    @GET
    public TemplateInstance inbox(@QueryParam("etat") String status, @QueryParam("niveau") String level,
            @QueryParam("ordre") String order, @QueryParam("vide") String none) {
        ApplicationStatus chosen = parse(ApplicationStatus.class, status);
        if (chosen != null && !INBOX.contains(chosen)) {
            chosen = null;
        }
        Level chosenLevel = parse(Level.class, level);
        boolean newestFirst = "recent".equals(order);
        List<Application> dossiers = Inbox.dossiers(chosen == null ? INBOX : List.of(chosen), chosenLevel, newestFirst);
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        INBOX.forEach(s -> counts.put(s, 0L));
        counts.putAll(Inbox.counts(INBOX, chosenLevel));
        return Templates.inbox(dossiers, Inbox.documentsToCheck(dossiers), counts, INBOX, Level.values(),
                chosen == null ? "" : chosen.name(), chosenLevel == null ? "" : chosenLevel.name(), newestFirst ? "recent" : "",
                none != null);
    }

    @GET
    @Path("dossiers/{id}")
    public TemplateInstance dossier(@PathParam("id") Long id, @QueryParam("ok") String ok) {
        Application app = completeness.checkable(id);
        audit.record(AuditLog.VIEW_DOSSIER, app.id, null, null);
        return page(app, null, null, null, Flashes.of(FLASHES, ok), null);
    }

    /**
     * One piece validated, or refused with its reason. Without JavaScript the page comes back at the piece; the
     * page's script asks for JSON ({@link PieceAnswer}) and puts the piece in place.
     */
    @POST
    @Path("dossiers/{id}/pieces/{documentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response review(@PathParam("id") Long id, @PathParam("documentId") Long documentId, @BeanParam CheckForm form,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean valid = form.validates();
        try {
            if (valid) {
                completeness.validate(id, documentId, staff());
            } else {
                completeness.refuse(id, documentId, staff(), checked(form).reason());
            }
        } catch (RuleViolation e) {
            return refused(id, e.error, "reason-" + documentId, documentId, form, accept);
        }
        return done(id, valid ? DocumentFlash.validated : DocumentFlash.refused, "doc-" + documentId,
                List.of(documentId), accept);
    }

    /** The pieces ticked on the page ({@code ids}), validated together. */
    @POST
    @Path("dossiers/{id}/pieces")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response validateSelected(@PathParam("id") Long id, @RestForm("ids") List<String> selected,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        List<Long> ids = selected.stream().map(SecretariatResource::parseId).toList();
        if (ids.contains(null)) {
            throw new NotFoundException();
        }
        List<ApplicationDocument> validated;
        try {
            validated = completeness.validateSelected(id, ids, staff());
        } catch (RuleViolation e) {
            return refused(id, e.error, PIECES, null, null, accept);
        }
        return done(id, DocumentFlash.selectionvalidated, PIECES, validated.stream().map(d -> d.id).toList(), accept);
    }

    /** "Everything is valid": every piece waiting for its check is validated; the dossier is not marked complete. */
    @POST
    @Path("dossiers/{id}/tout-valide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response validateAll(@PathParam("id") Long id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        List<ApplicationDocument> validated;
        try {
            validated = completeness.validateAllPending(id, staff());
        } catch (RuleViolation e) {
            return refused(id, e.error, PIECES, null, null, accept);
        }
        return done(id, DocumentFlash.allvalidated, PIECES, validated.stream().map(d -> d.id).toList(), accept);
    }

    @POST
    @Path("dossiers/{id}/complet")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") Long id, MultivaluedMap<String, String> form) {
        try {
            completeness.markComplete(id, staff());
        } catch (RuleViolation e) {
            return Response.status(409).entity(page(completeness.checkable(id), e.error, PIECES, null, null, null)).build();
        }
        return redirect(id, DocumentFlash.complete, "");
    }

    /** Sends the dossier back with a message and the completion deadline chosen; a refusal keeps what was typed. */
    @POST
    @Path("dossiers/{id}/incomplet")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response incomplete(@PathParam("id") Long id, @BeanParam CheckForm form) {
        Localizable tooLong = check.check(form).first();
        try {
            if (tooLong != null) {
                throw new RuleViolation(tooLong);
            }
            completeness.markIncomplete(id, staff(), form.toCandidate(), form.deadlineDate());
        } catch (RuleViolation e) {
            String field = tooLong != null ? CheckField.message.name()
                    : e.error instanceof DocumentError d && d.name().startsWith("DEADLINE_") ? CheckField.deadline.name() : PIECES;
            return Response.status(409).entity(page(completeness.checkable(id), e.error, field, null, null, form)).build();
        }
        return redirect(id, DocumentFlash.incomplete, "");
    }

    @Inject
    DossierPdfService pdf;

    /**
     * The merged PDFs of the selected dossiers in one ZIP, for the committee or the archives. No transaction stays
     * open while PDFs are made: each dossier is read (and its download recorded) in a short transaction of its own,
     * then its PDF is written whole to a temporary file before it goes into the ZIP; a dossier whose PDF still fails
     * is a short text entry naming it, and the others are all there.
     */
    @POST
    @Path("zip")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("application/zip")
    public Response zip(@RestForm("ids") List<String> selected, @RestForm("tous") String all,
            @RestForm("shown") List<String> shown) throws java.io.IOException {
        // "all of the list": the dossiers the page showed, whatever was ticked
        List<Long> ids = (all != null ? shown : selected).stream().map(SecretariatResource::parseId)
                .filter(java.util.Objects::nonNull).distinct().limit(MAX_ZIP).toList();
        if (ids.isEmpty()) {
            return Response.seeOther(URI.create("/secretariat?vide=1")).build();
        }
        String lang = ui.lang();
        DocumentMessages texts = MessageBundles.get(DocumentMessages.class, Localized.Literal.of(lang));
        java.nio.file.Path zip = java.nio.file.Files.createTempFile("ieps-dossiers-", ".zip");
        try (var out = new java.util.zip.ZipOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(zip)))) {
            for (Long id : ids) {
                ZipPart part = QuarkusTransaction.requiringNew().call(() -> {
                    Application app = completeness.checkable(id);
                    audit.record(AuditLog.DOWNLOAD_ZIP, app.id, null, app.reference);
                    return new ZipPart(app, pdf.parts(app, lang, false));
                });
                Application app = part.app();
                java.nio.file.Path dossier = null;
                try {
                    dossier = pdf.writeToTemporaryFile(app, part.parts(), lang, false);
                } catch (java.io.IOException | RuntimeException e) {
                    LOG.warnf(e, "The PDF of dossier %s could not be written: left out of the ZIP", app.reference);
                }
                if (dossier == null) {
                    out.putNextEntry(new java.util.zip.ZipEntry("dossier-" + app.reference + "-erreur.txt"));
                    out.write(texts.zip_dossier_failed(app.reference).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.closeEntry();
                    continue;
                }
                try {
                    out.putNextEntry(new java.util.zip.ZipEntry("dossier-" + app.reference + ".pdf"));
                    java.nio.file.Files.copy(dossier, out);
                    out.closeEntry();
                } finally {
                    TemporaryDownload.deleteQuietly(dossier);
                }
            }
        } catch (java.io.IOException | RuntimeException | Error e) {
            TemporaryDownload.deleteQuietly(zip);
            throw e;
        }
        return TemporaryDownload.of(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"dossiers-ieps.zip\"").build();
    }

    /** A dossier of the ZIP as read in its transaction: the dossier and the files its PDF is made of. */
    private record ZipPart(Application app, List<DossierPdf.Part> parts) {
    }

    /** One ZIP holds at most this many dossiers (about 50 MB each at worst). */
    static final int MAX_ZIP = 50;

    private static Long parseId(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The anchor of the pieces on the dossier page. */
    private static final String PIECES = "pieces";

    private TemplateInstance page(Application app, Localizable error, String errorField, Long errorDocument,
            DocumentFlash flash, CheckForm typed) {
        List<DocumentService.ChecklistLine> lines = documents.checklist(app);
        return Templates.dossier(app, lines, CheckProgress.of(lines), ApplicationEvent.history(app), DocumentEvent.of(app),
                ui.lang(), error, errorField, errorDocument, flash, typed, completeness.defaultDeadline(app),
                completeness.latestDeadline(app));
    }

    /** After a piece action: the page at {@code anchor} (no script), or the answer for the page's script. */
    private Response done(Long id, DocumentFlash flash, String anchor, List<Long> changed, String accept) {
        if (!wantsJson(accept)) {
            return redirect(id, flash, "#" + anchor);
        }
        Application app = completeness.checkable(id);
        List<DocumentService.ChecklistLine> lines = documents.checklist(app);
        CheckProgress progress = CheckProgress.of(lines);
        String lang = ui.lang();
        String message = flash.text(lang);
        if (progress.ready() && app.status == ApplicationStatus.SUBMITTED) {
            message += " " + Localizable.bundle(DocumentMessages.class, lang).ready_to_complete();
        }
        String html = ui.render(Templates.dossier$pieces(app, lines, progress, lang, null, null, null));
        return json(200, new PieceAnswer(true, message, changed.stream().map(d -> "doc-" + d).toList(), null, html));
    }

    /** A piece action refused: the page with its error and what was typed (no script), or the reason for the script. */
    private Response refused(Long id, Localizable error, String field, Long errorDocument, CheckForm typed, String accept) {
        Application app = completeness.checkable(id);
        if (wantsJson(accept)) {
            return json(400, new PieceAnswer(false, error.text(ui.lang()), List.of(), field, null));
        }
        return Response.status(400).entity(page(app, error, field, errorDocument, null, typed)).build();
    }

    private static boolean wantsJson(String accept) {
        return accept != null && accept.contains(MediaType.APPLICATION_JSON);
    }

    private static Response json(int status, PieceAnswer answer) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(answer).build();
    }

    private Response redirect(Long id, DocumentFlash flash, String anchor) {
        return Response.seeOther(URI.create("/secretariat/dossiers/" + id + "?ok=" + flash + anchor)).build();
    }

    /** The form when what the staff wrote is within bounds, else its error as the action's refusal. */
    private CheckForm checked(CheckForm form) {
        Localizable error = check.check(form).first();
        if (error != null) {
            throw new RuleViolation(error);
        }
        return form;
    }

    private ActorRef staff() {
        return new ActorRef(user.subject(), user.displayName(), Actor.SECRETARIAT);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
