package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.AuditChain;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The audit trail as the DPO and the admin read it: filtered by dossier, candidate, staff member, kind and period, 50
 * lines a page, newest first, with the check of its hash chain. Read only: the page has no form that posts, and the
 * trail has no way to be changed. The same filter gives the CSV ({@link AuditJournalCsvResource}).
 */
@Path("/dpo/journal")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class AuditJournalResource {

    @Inject
    AuditJournal journal;

    @Inject
    AuditChain chain;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance journal(AuditJournalForm form, FormErrors errors, AuditJournal.Page page,
                AuditAction[] kinds, boolean links, AuditChain.Verification verification);
    }

    @GET
    public Response journal(@BeanParam AuditJournalForm form) {
        return page(form, null);
    }

    /** The check of the chain, its result shown above the journal's first page. */
    @GET
    @Path("integrite")
    public Response verify() {
        return page(AuditJournalForm.empty(), chain.verify());
    }

    /** The page of this filter; a filter that cannot be read is shown again with its errors, and no lines. */
    private Response page(AuditJournalForm form, AuditChain.Verification verification) {
        FormErrors errors = new FormErrors();
        AuditJournalForm.Criteria criteria = form.criteria(errors);
        AuditJournal.Page page = errors.any() ? null : journal.page(criteria);
        // the dossier's page is the staff's: the admin may open it, the DPO may not
        boolean links = user.isAdmin();
        return Response.status(errors.any() ? 400 : 200)
                .entity(Templates.journal(form, errors, page, AuditAction.values(), links, verification)).build();
    }
}
