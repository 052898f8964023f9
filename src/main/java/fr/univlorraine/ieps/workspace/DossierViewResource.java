package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.kernel.ReadOnlyTransaction;
import fr.univlorraine.ieps.messaging.MessagingService;
import fr.univlorraine.ieps.platform.InvitationFlash;
import fr.univlorraine.ieps.platform.InvitationService;
import fr.univlorraine.ieps.ranking.RankingFlash;
import fr.univlorraine.ieps.ranking.BoardPlace;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Flashes;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

/**
 * The staff's page of one dossier, and the committee's page of it (the heads stepping through the board in rank
 * order). A reviewer is sent to their own page of the dossier when it is assigned to them, and gets 404 otherwise.
 * Every opening is audited.
 */
@Path("/dossiers/{id}")
@RolesAllowed({Roles.HEAD, Roles.SECRETARIAT, Roles.ADMIN, Roles.REVIEWER})
@Produces(MediaType.TEXT_HTML)
public class DossierViewResource {

    private static final Set<RankingFlash> FLASHES = EnumSet.of(RankingFlash.rank_moved);
    private static final Set<InvitationFlash> INVITATION_FLASHES = EnumSet.of(InvitationFlash.invited);

    @Inject
    DossierViews views;

    @Inject
    NoteService notes;

    @Inject
    MessagingService messaging;

    @Inject
    AuditLog audit;

    /** A platform dossier's invitation of its candidate (null for a dossier made here). */
    @Inject
    InvitationService invitations;

    @Inject
    Ui ui;

    @Inject
    ReadOnlyTransaction reading;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dossier(DossierView view, String lang, StaffNotes notes, MessagingService.Thread thread,
                FormErrors noErrors, InvitationService.Status invitation, InvitationFlash invitationFlash);

        static native TemplateInstance committee(Committee committee, String seance, String lang, RankingFlash flash);
    }

    /** A dossier's page, rendered, and the thread it shows. */
    private record Opened(String page, MessagingService.Thread thread) {
    }

    /**
     * The dossier, its notes, its thread and the layout's badges are read and the page rendered in one transaction,
     * which only reads.
     * Once it has ended (no connection held while the journal waits for its own), the opening is journalled; only then
     * does the page go out, and the candidate's messages it shows become read by the staff: a page that could not be
     * journalled is neither shown nor counted as read.
     */
    @GET
    public Response dossier(@PathParam("id") Long id, @QueryParam("ok") String ok) {
        if (views.reviewerOnly()) {
            views.requireAssigned(id);
            return Response.seeOther(URI.create("/evaluation/dossiers/" + id)).build();
        }
        Opened opened = reading.call(() -> {
            DossierView view = views.view(id);
            MessagingService.Thread thread = messaging.staffThreadOpening(view.app());
            return new Opened(ui.render(Templates.dossier(view, ui.lang(), notes.view(id, ok), thread, new FormErrors(),
                    invitations.status(id), Flashes.of(INVITATION_FLASHES, ok))), thread);
        });
        audit.record(AuditLog.VIEW_DOSSIER, id, null, "workspace");
        messaging.markReadByStaff(opened.thread());
        return Response.ok(opened.page()).build();
    }

    /** The committee's page: heads only, as the board. */
    @GET
    @Path("seance")
    @RolesAllowed(Roles.HEAD)
    public TemplateInstance committee(@PathParam("id") Long id, @QueryParam("ok") String ok) {
        Committee committee = views.committee(id);
        audit.record(AuditLog.VIEW_DOSSIER, id, null, "committee");
        return Templates.committee(committee, BoardPlace.BACK_TO_COMMITTEE, ui.lang(), Flashes.of(FLASHES, ok));
    }
}
